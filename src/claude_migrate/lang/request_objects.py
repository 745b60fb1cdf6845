"""The request objects of TypeScript and JavaScript code, as every request rule reads them.

A request is an object literal sent to `*.messages.create/stream/countTokens/parse` (beta
included; OpenAI's `beta.threads.messages` is not Anthropic's): written as the call's first
argument, or built first in a `const` the call names (`const params: MessageCreateParams =
{...}`, `{...} satisfies T`, `{...} as const`), or a `params` object of a Message Batch
(`messages.batches.create({ requests: [{ custom_id, params: {...} }] })`). A const is read
as its declaration in scope of the call, as Python's codemods read a request dict built
first, and its edits land in the literal where it is declared, when it is declared once
with `const`, not exported, and every use of it is a request's argument. A const also used
anywhere else (passed to another function, mutated, spread into another call, read) is
read but held (Document.hold_span): what the rules would change in it is reported, once per
codemod, instead. What is found is kept for the parse: the passes that change nothing
share it. A spread argument (`create({ ...params })`) and a name that is not such a
const (a parameter, a call's result) stay unread.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from tree_sitter import Node, Tree

from .document import Document, ancestors
from .text_editor import _pairs

REQUEST_METHODS = frozenset({"create", "stream", "countTokens", "parse"})
BATCH = "batch"  # the method name given to a Message Batch's params
# What may stand between a const's name and its object literal.
_WRAPPED = frozenset({"as_expression", "satisfies_expression", "parenthesized_expression"})
_BLOCKS = frozenset({"program", "statement_block", "switch_case", "switch_default"})
# The node types of a JavaScript function: each opens a scope of its own.
FUNCTIONS = frozenset(
    {
        "function_declaration",
        "function_expression",
        "function",
        "arrow_function",
        "method_definition",
        "generator_function_declaration",
        "generator_function",
    }
)
_DECLARATIONS = frozenset({"lexical_declaration", "variable_declaration"})


@dataclass
class _Found:
    """The request objects of one parse, shared by the passes over it (each rule asks)."""

    tree: Tree
    sent: list[tuple[Node, dict[str, Node]]] = field(default_factory=list)
    held: dict[tuple[int, int], str] = field(default_factory=dict)
    # A const object's methods (every one it is sent by), by offset.
    methods: dict[int, frozenset[str]] = field(default_factory=dict)


# The last parse's (a strong reference: a tree is compared by identity, never by id()).
_last: list[_Found] = []


def requests(doc: Document) -> Iterator[tuple[Node, dict[str, Node]]]:
    """Each request object literal of the file once, with its pairs by key; the ones a
    rule must not edit are held on `doc` first."""
    found = _found(doc)
    for span, why in found.held.items():
        doc.hold_span(span, why)
    return iter(found.sent)


def _found(doc: Document) -> _Found:
    if _last and _last[0].tree is doc.tree:
        return _last[0]
    found = _Found(doc.tree)
    seen: set[int] = set()
    for call in doc.around(b"messages", ("call_expression",)):
        method = _method(doc, call)
        arguments = call.child_by_field_name("arguments")
        if method is None or arguments is None or not arguments.named_children:
            continue
        first = arguments.named_children[0]
        sent = _batch_params(doc, first) if method == BATCH else [first]
        for node in sent:
            obj = _request_object(doc, node, found)
            if obj is not None and obj.start_byte not in seen:
                seen.add(obj.start_byte)
                found.sent.append((obj, _pairs(doc, obj)))
    _last[:] = [found]
    return found


def methods_of(doc: Document, obj: Node) -> frozenset[str]:
    """How a request object is sent: each of create, stream, countTokens, parse and BATCH it
    is sent by (a const may be sent by several: every rule that asks about one reads it)."""
    parent = obj.parent
    if parent is not None and parent.type == "arguments" and parent.parent is not None:
        method = _method(doc, parent.parent)
        return frozenset({method} if method else ())
    if parent is not None and parent.type == "pair":
        return frozenset({BATCH})
    return _found(doc).methods.get(obj.start_byte, frozenset())


def _method(doc: Document, call: Node) -> str | None:
    """The request method a call is (BATCH for a Message Batch), None for any other call."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "member_expression":
        return None
    prop = function.child_by_field_name("property")
    text = "".join(doc.text(function).split()).replace("?.", ".")  # `client.messages\n  .create`
    if prop is None or ".messages" not in text or ".threads." in text:
        return None
    method = doc.text(prop)
    if text.endswith(".messages.batches.create"):
        return BATCH
    return method if method in REQUEST_METHODS and text.endswith(f".messages.{method}") else None


def _batch_params(doc: Document, first: Node) -> list[Node]:
    """The `params` of each request written in a batch's `requests` array."""
    if first.type != "object":
        return []
    listed = _pairs(doc, first).get("requests")
    if listed is None or listed.type != "array":
        return []
    found = []
    for element in listed.named_children:
        if element.type != "object":
            continue
        params = _pairs(doc, element).get("params") or next(
            (
                c
                for c in element.named_children
                if c.type == "shorthand_property_identifier" and doc.text(c) == "params"
            ),
            None,
        )
        if params is not None:
            found.append(params)
    return found


def _request_object(doc: Document, node: Node, found: _Found) -> Node | None:
    """The object literal a request argument is: itself, or the const it names (held when
    it cannot be edited as a request alone)."""
    if node.type == "object":
        return node
    if node.type not in ("identifier", "shorthand_property_identifier"):  # `{ custom_id, params }`
        return None
    declarator = _declaration(doc, node)
    value = declarator.child_by_field_name("value") if declarator is not None else None
    obj = unwrapped(value) if value is not None else None
    if declarator is None or obj is None or obj.type != "object":
        return None
    if obj.start_byte not in found.methods:
        uses = list(_uses(doc, declarator))
        found.methods[obj.start_byte] = frozenset(m for _, m in uses if m is not None)
        why = _why_held(doc, declarator, uses)
        if why is not None:
            found.held.setdefault((obj.start_byte, obj.end_byte), why)
    return obj


def unwrapped(value: Node) -> Node:
    """A const's value without `as T`, `satisfies T` and parentheses."""
    while value.named_children and (
        value.type in _WRAPPED
        # `{...} satisfies Anthropic.Beta.T`: the grammar reads `(... satisfies Anthropic.Beta).T`
        or (value.type == "member_expression" and value.named_children[0].type in _WRAPPED)
    ):
        value = value.named_children[0]
    return value


def _why_held(doc: Document, declarator: Node, uses: list[tuple[Node, str | None]]) -> str | None:
    """Why a const request object may not be edited as a request alone; None: it may."""
    # No line numbers: a message keeps its text while earlier passes move lines.
    name = doc.text(declarator.child_by_field_name("name") or declarator)
    declaration = declarator.parent
    if declaration is None or not doc.text(declaration).startswith("const"):
        return f"{name} is not a const (it may be given another value before it is sent)"
    if declaration.parent is not None and declaration.parent.type == "export_statement":
        return f"{name} is exported (another file may send or change it)"
    for use, method in uses:
        if method is None:
            return (
                f"{name} is also used where it is not a request's argument (`{_context(doc, use)}`)"
            )
    return None


def _uses(doc: Document, declarator: Node) -> Iterator[tuple[Node, str | None]]:
    """Each use of the declarator's name that resolves to it, with the request method it is
    the argument of (None: any other use)."""
    target = declarator.child_by_field_name("name")
    if target is None or target.type != "identifier":
        return
    name = doc.text(target)
    for node in doc.at(name.encode()):
        if node.type not in ("identifier", "shorthand_property_identifier") or node == target:
            continue
        if doc.text(node) != name or _declaration(doc, node) != declarator:
            continue
        yield node, _sent_by(doc, node)


def _sent_by(doc: Document, use: Node) -> str | None:
    """The request method a use of a name is the argument of: the first argument of a
    request call, or a batch request's `params`; None for any other use."""
    parent = use.parent
    if parent is None:
        return None
    if parent.type == "arguments" and parent.named_children[0] == use and parent.parent:
        method = _method(doc, parent.parent)
        return method if method != BATCH else None
    if use.type == "shorthand_property_identifier" and doc.text(use) == "params":
        return _batch_of(doc, parent)  # `{ custom_id, params }`
    if parent.type != "pair" or parent.child_by_field_name("value") != use:
        return None
    key = parent.child_by_field_name("key")
    if key is None or doc.text(key) != "params":
        return None
    return _batch_of(doc, parent.parent)


def _batch_of(doc: Document, element: Node | None) -> str | None:
    """BATCH when `element` is a request written in a Message Batch's `requests` array."""
    if element is None or element.type != "object":
        return None
    listed = element.parent
    pair = listed.parent if listed is not None else None
    batch = pair.parent if pair is not None else None
    arguments = batch.parent if batch is not None else None
    if arguments is None or pair is None:
        return None
    requests_key = pair.child_by_field_name("key")
    if requests_key is None or doc.text(requests_key) != "requests" or listed is None:
        return None
    if listed.type != "array" or arguments.type != "arguments" or arguments.parent is None:
        return None
    return BATCH if _method(doc, arguments.parent) == BATCH else None


def _declaration(doc: Document, use: Node) -> Node | None:
    """The `variable_declarator` a name's use resolves to: the nearest block around it that
    declares the name (None: a parameter, a loop variable, or not declared in the file)."""
    name = doc.text(use)
    for scope in ancestors(use):
        if scope.type in FUNCTIONS and _binds(doc, scope, name):
            return None
        if scope.type in ("for_statement", "for_in_statement") and _binds(doc, scope, name):
            return None
        caught = scope.child_by_field_name("parameter") if scope.type == "catch_clause" else None
        if caught is not None and _pattern_binds(doc, caught, name):
            return None
        if scope.type not in _BLOCKS:
            continue
        for statement in scope.named_children:
            if statement.type == "export_statement":
                statement = statement.child_by_field_name("declaration") or statement
            if statement.type not in _DECLARATIONS:
                continue
            for declarator in statement.named_children:
                target = declarator.child_by_field_name("name")
                if target is None:
                    continue
                if target.type == "identifier":
                    if doc.text(target) == name:
                        return declarator
                elif _pattern_binds(doc, target, name):
                    return None  # `const { params } = cfg`: bound here, to no literal
    return None


def _pattern_binds(doc: Document, pattern: Node, name: str) -> bool:
    """A binding place (a destructuring pattern `{ a, b: c }`, `[a, ...rest]`, parameters,
    a loop head) binds `name`: its targets, not its keys, default values or types."""
    stack = [pattern]
    while stack:
        node = stack.pop()
        kind = node.type
        if kind in ("identifier", "shorthand_property_identifier_pattern"):
            if doc.text(node) == name:
                return True
            continue
        target = {
            "pair_pattern": "value",  # `{ key: target }`
            "object_assignment_pattern": "left",  # `{ a = 1 }`
            "assignment_pattern": "left",  # `a = 1`
            "variable_declarator": "name",  # `for (const a of ...)`
            "required_parameter": "pattern",  # `a: T = 1` (TypeScript)
            "optional_parameter": "pattern",
        }.get(kind)
        if target is not None:
            stack.extend(c for c in (node.child_by_field_name(target),) if c is not None)
        elif kind not in ("type_annotation", "object"):
            stack.extend(node.named_children)
    return False


def _binds(doc: Document, owner: Node, name: str) -> bool:
    """A function's parameters, or a for loop's head, bind `name`."""
    if owner.type in FUNCTIONS:
        head = owner.child_by_field_name("parameters") or owner.child_by_field_name("parameter")
    else:
        head = owner.child_by_field_name("left") or owner.child_by_field_name("initializer")
    return head is not None and _pattern_binds(doc, head, name)


def _context(doc: Document, use: Node) -> str:
    """A short text of what a use is part of (`log(params)`, `params.model = x`)."""
    node = use
    for parent in ancestors(use):
        if parent.type in ("expression_statement", "lexical_declaration", "return_statement"):
            break
        node = parent
        if parent.type in ("call_expression", "assignment_expression"):
            break
    text = " ".join(doc.text(node).split())
    return text if len(text) <= 60 else text[:57] + "..."
