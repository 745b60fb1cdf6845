"""Code reading a response, in TypeScript and JavaScript: CM225 (thinking by default) and
CM124 (content text read with no stop-reason check, below), reported as the Python
codemods report them (nothing is rewritten).

CM225: Opus 5 and Sonnet 5 think by default and omit the thinking text by default: a read of
`.thinking` (`block.thinking`, `delta.thinking`) gets an empty string, and no
`"thinking_delta"` event arrives (nor the SDK stream's `"thinking"` event), unless the request sets `display: "summarized"`; and the
first content block may be a thinking block, so `response.content[0].text` can read the
wrong block.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tree_sitter import Node

from . import JS_TS
from .document import Document
from .strings import callee_name, contents_with, enclosing_call

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod


def thinking_display(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS:
        return
    for node in doc.around(b"thinking", ("member_expression",)):
        if _property(doc, node) == "thinking":
            doc.finding(
                node,
                codemod.code,
                "thinking text is omitted by default on Opus 5 and Sonnet 5: add display: "
                '"summarized" to the request\'s thinking settings if this text is needed',
            )
    # From each `[0]`: "text" is in most lines of a file that builds requests.
    for node in doc.around(b"[0]", ("member_expression",)):
        if _property(doc, node) == "text" and _first_content_block(doc, node):
            doc.finding(
                node,
                codemod.code,
                "with thinking on by default the first content block may be a thinking block: "
                'read the text with response.content.find((b) => b.type === "text")',
            )
    for literal, node, start, end in contents_with(doc, b"thinking"):
        text = doc.data[start:end]
        # The event's type, or the TypeScript SDK's stream event: stream.on("thinking", ...).
        if text == b"thinking_delta" or (text == b"thinking" and _stream_event(doc, literal)):
            doc.finding(
                node,
                codemod.code,
                f"no {'thinking_delta' if text == b'thinking_delta' else 'stream thinking'} "
                "events arrive by default on Opus 5 and Sonnet 5 (display omitted): set display to summarized to stream thinking",
            )


def _stream_event(doc: Document, literal: Node) -> bool:
    """`literal` is the event name of an `X.on(...)` call."""
    call = enclosing_call(literal)
    arguments = call.child_by_field_name("arguments") if call is not None else None
    return (
        call is not None
        and callee_name(doc, call) == "on"
        and arguments is not None
        and arguments.named_children[:1] == [literal]
    )


def _property(doc: Document, member: Node) -> str:
    prop = member.child_by_field_name("property")
    return doc.text(prop) if prop is not None else ""


def _first_content_block(doc: Document, member: Node) -> bool:
    """`member` is X.content[0].text (or X.content[0]?.text)."""
    block = member.child_by_field_name("object")
    if block is None or block.type != "subscript_expression":
        return False
    index, content = block.child_by_field_name("index"), block.child_by_field_name("object")
    return (
        index is not None
        and doc.text(index) == "0"
        and content is not None
        and content.type == "member_expression"
        and _property(doc, content) == "content"
    )


_FUNCTIONS = frozenset(
    {
        "function_declaration",
        "function_expression",
        "arrow_function",
        "method_definition",
        "generator_function_declaration",
    }
)
_REQUEST_CALLS = (".messages.create", ".messages.parse")


def unchecked_content_text(doc: Document, codemod: type[Codemod]) -> None:
    """CM124: `X.content[0].text` read from a `messages.create` (or `parse`) result, where
    the function that reads it (or the module, outside functions) never reads X's
    `stop_reason`: a refusal or a cut-off answer passes as a finished one. X is a name bound
    in that function to the (awaited) call, or the call itself."""
    if doc.kind not in JS_TS:
        return
    for node in doc.around(b"[0]", ("member_expression",)):
        if _property(doc, node) != "text" or not _first_content_block(doc, node):
            continue
        block = node.child_by_field_name("object")
        content = block.child_by_field_name("object") if block is not None else None
        owner = content.child_by_field_name("object") if content is not None else None
        if owner is None:
            continue
        if _is_request(doc, owner):
            _report_unchecked(doc, codemod, node)
        elif owner.type == "identifier":
            name, scope = doc.text(owner), _scope(node)
            if _created_in(doc, scope, name) and not _checked_in(doc, scope, name):
                _report_unchecked(doc, codemod, node)


def _report_unchecked(doc: Document, codemod: type[Codemod], node: Node) -> None:
    doc.finding(
        node,
        codemod.code,
        "content[0].text is read without checking stop_reason: a refusal (HTTP 200, maybe "
        "empty content) or a cut-off answer passes as a finished one",
    )


def _unwrap(node: Node) -> Node:
    while node.type in ("await_expression", "parenthesized_expression") and node.named_children:
        node = node.named_children[0]
    return node


def _is_request(doc: Document, node: Node) -> bool:
    call = _unwrap(node)
    function = call.child_by_field_name("function") if call.type == "call_expression" else None
    return function is not None and doc.text(function).endswith(_REQUEST_CALLS)


def _scope(node: Node) -> Node:
    """The function around `node`, or the program."""
    current = node
    while current.parent is not None and current.type not in _FUNCTIONS:
        current = current.parent
    return current


def _created_in(doc: Document, scope: Node, name: str) -> bool:
    for declarator in doc.walk(("variable_declarator",), scope):
        target, value = (
            declarator.child_by_field_name("name"),
            declarator.child_by_field_name("value"),
        )
        if target is None or value is None or doc.text(target) != name:
            continue
        if _scope(declarator) == scope and _is_request(doc, value):
            return True
    return False


def _checked_in(doc: Document, scope: Node, name: str) -> bool:
    """`name.stop_reason` read in the scope, or `const { stop_reason } = name`."""
    for member in doc.walk(("member_expression",), scope):
        owner = member.child_by_field_name("object")
        if (
            _property(doc, member) == "stop_reason"
            and owner is not None
            and doc.text(owner) == name
        ):
            return True
    for declarator in doc.walk(("variable_declarator",), scope):
        target, value = (
            declarator.child_by_field_name("name"),
            declarator.child_by_field_name("value"),
        )
        if (
            target is not None
            and value is not None
            and target.type == "object_pattern"
            and doc.text(value) == name
            and "stop_reason" in doc.text(target)
        ):
            return True
    return False
