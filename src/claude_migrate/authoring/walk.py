"""Walking a LibCST tree without rebuilding what did not change.

`node.visit(transformer)` constructs a new copy of every node it walks, whether or not a hook
changed anything, and even a read-only `CSTVisitor` walk does (LibCST's own TODO says so).
Constructing nodes is most of the cost of a walk (measured: about 1.3 ms per codemod over a
20-line function, against 0.3 ms here), and the copies lose the nodes' identity, so the code
and positions cached for unchanged statements had to be computed again after every codemod.

`transform` calls the same hooks in the same order as `node.visit`, and gives `on_leave` the
same `updated_node` contents, but a node none of whose children changed is passed on as the
object it was. A node whose children did change is rebuilt by LibCST's own
`_visit_and_replace_children`, one level deep, so that removal and flattening keep LibCST's
exact rules. Per-attribute hooks (`visit_Call_func`) are not called: the codemod base refuses
them, and the read-only visitors here do not use them.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import libcst as cst

Result = cst.CSTNode | cst.RemovalSentinel | cst.FlattenSentinel[Any]


class _FieldRecorder(cst.CSTTransformer):
    """Notes which fields LibCST visits, in order, without going below the first level."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[str] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        return False

    def on_leave(self, original_node: cst.CSTNode, updated_node: cst.CSTNode) -> Any:
        return updated_node

    def on_visit_attribute(self, node: cst.CSTNode, attribute: str) -> None:
        self.fields.append(attribute)


@dataclass(frozen=True)
class _Layout:
    fields: tuple[str, ...]  # the fields LibCST visits, in its visiting (source) order
    # Fields it did not visit because they were empty when recorded: a few node types visit
    # a field only when it is set (an f-string's format spec), so a node that has one set
    # is recorded on its own.
    watch: tuple[str, ...]


_LAYOUTS: dict[type[cst.CSTNode], _Layout] = {}


def _record(node: cst.CSTNode) -> _Layout:
    recorder = _FieldRecorder()
    node._visit_and_replace_children(recorder)
    visited = set(recorder.fields)
    watch = tuple(
        f.name
        for f in dataclasses.fields(node)
        if f.name not in visited and getattr(node, f.name) in (None, (), [])
    )
    return _Layout(tuple(recorder.fields), watch)


def _fields(node: cst.CSTNode) -> tuple[str, ...]:
    kind = type(node)
    layout = _LAYOUTS.get(kind)
    if layout is None:
        layout = _LAYOUTS[kind] = _record(node)
    if layout.watch and any(_holds_nodes(getattr(node, name)) for name in layout.watch):
        return _record(node).fields
    return layout.fields


def _holds_nodes(value: object) -> bool:
    if type(value) is tuple or type(value) is list:
        return any(isinstance(item, cst.CSTNode) for item in value)
    return isinstance(value, cst.CSTNode)


class _Replacer(cst.CSTTransformer):
    """Puts the children's results in place, one level deep, by LibCST's own rules. The
    results are taken in visiting order, not looked up by node: one node object may sit in
    two places of a tree (LibCST shares default whitespace), and each place has its own."""

    def __init__(self, results: list[Result]) -> None:
        super().__init__()
        self.results = iter(results)

    def on_visit(self, node: cst.CSTNode) -> bool:
        return False

    def on_leave(self, original_node: cst.CSTNode, updated_node: cst.CSTNode) -> Any:
        return next(self.results)


def _trivia() -> frozenset[type[cst.CSTNode]]:
    """Whitespace, comments, operators and brackets: two thirds of a tree's nodes, and their
    children (if any) are only more of the same (a test holds this)."""
    try:
        from libcst._nodes import op, whitespace
    except ImportError:  # pragma: no cover - another LibCST: walk everything
        return frozenset()

    found = {
        kind
        for module in (op, whitespace)
        for kind in vars(module).values()
        if isinstance(kind, type) and issubclass(kind, cst.CSTNode) and not inspect.isabstract(kind)
    }
    brackets = (cst.LeftParen, cst.RightParen, cst.LeftSquareBracket, cst.RightSquareBracket)
    return frozenset(found | {*brackets, cst.LeftCurlyBrace, cst.RightCurlyBrace})


TRIVIA = _trivia()
# Nodes whose children are only trivia: names, literals and the bare keyword statements. A
# third of the nodes a walk meets; one with no hook of its own is passed over with the
# trivia (a test holds that they hold nothing else).
LEAVES: frozenset[type[cst.CSTNode]] = frozenset(
    {
        cst.Name,
        cst.SimpleString,
        cst.Integer,
        cst.Float,
        cst.Imaginary,
        cst.Ellipsis,
        cst.Pass,
        cst.Break,
        cst.Continue,
    }
)
_DEAD: dict[type[cst.CSTTransformer], frozenset[type[cst.CSTNode]]] = {}


def _dead_types(kind: type[cst.CSTTransformer], hooks: Hooks) -> frozenset[type[cst.CSTNode]]:
    """The node types a walk with these hooks can pass over unvisited: the trivia and the
    leaves without a hook, when no hook is for any trivia (a codemod that reads comments
    walks them all)."""
    dead = _DEAD.get(kind)
    if dead is None:
        dead = _DEAD[kind] = _quiet_types(lambda t: hooks(t) != (None, None))
    return dead


def _quiet_types(hooked: Callable[[type[cst.CSTNode]], bool]) -> frozenset[type[cst.CSTNode]]:
    if any(hooked(t) for t in TRIVIA):
        return frozenset()
    return TRIVIA | {t for t in LEAVES if not hooked(t)}


# For a node type, the hooks to call on entering and leaving it, as plain functions of
# (transformer, node) and (transformer, original, updated); None where there is none.
Hooks = Callable[[type[cst.CSTNode]], tuple[Any, Any]]


def transform(
    module: cst.Module,
    transformer: cst.CSTTransformer,
    skip: Iterable[cst.CSTNode] = (),
    entering: Callable[[cst.CSTNode | None], None] | None = None,
) -> cst.Module:
    """What `module.visit(transformer)` gives, sharing every unchanged node with `module`.

    A transformer with a `hooks_for(node type)` class method (the codemod base) has its
    visit_/leave_ hooks called directly, not through on_visit/on_leave: half the calls per
    node; and the trivia and leaves without a hook are passed over when it has no hook for
    any trivia. The `skip` nodes, top-level statements of `module`, are passed over whole:
    neither they nor anything in them is visited. `entering` is told each top-level
    statement as the walk enters it, and None as it leaves it.
    """
    specific: Hooks | None = getattr(type(transformer), "hooks_for", None)
    hooks = specific or _generic_hooks(transformer)
    dead = _dead_types(type(transformer), hooks) if specific is not None else frozenset()
    # The codemod base's table of hooks, read here with dict.get: a call of hooks_for per
    # node was a tenth of a walk.
    known: dict[type[cst.CSTNode], tuple[Any, Any]] = (
        getattr(type(transformer), "_hooks", {}) if specific is not None else {}
    )
    walk = _walker(transformer, hooks, known, dead)
    result = walk(module, frozenset(map(id, skip)), entering)
    if isinstance(result, cst.RemovalSentinel):
        return module.with_changes(body=(), header=(), footer=())
    assert isinstance(result, cst.Module)
    return result


def _walker(
    transformer: cst.CSTTransformer,
    hooks: Hooks,
    known: dict[type[cst.CSTNode], tuple[Any, Any]],
    dead: frozenset[type[cst.CSTNode]],
) -> Callable[[cst.CSTNode, frozenset[int], Callable[[cst.CSTNode | None], None] | None], Result]:
    """The walk of one transformer, as a closure over what every node needs (fewer
    arguments per call, the hot loop of every codemod)."""
    hooks_of = known.get
    layouts = _LAYOUTS.get
    no_skip: frozenset[int] = frozenset()

    def walk(
        node: cst.CSTNode,
        skip: frozenset[int] = no_skip,
        entering: Callable[[cst.CSTNode | None], None] | None = None,
    ) -> Result:
        kind = type(node)
        pair = hooks_of(kind)
        if pair is None:
            pair = hooks(kind)
        visit_hook, leave_hook = pair
        updated = node
        if visit_hook is None or visit_hook(transformer, node) is not False:
            layout = layouts(kind)
            names = layout.fields if layout is not None and not layout.watch else _fields(node)
            results: list[Result] = []
            changed = False
            for name in names:
                value = getattr(node, name)
                # Concrete type tests: CSTNode is an ABC, and isinstance against it is slow.
                value_kind = type(value)
                if value_kind is tuple or value_kind is list:
                    children = value
                elif value is None or value_kind is cst.MaybeSentinel:
                    continue
                else:
                    children = (value,)
                for child in children:
                    if type(child) in dead or (skip and id(child) in skip):
                        results.append(child)
                        continue
                    if entering is None:
                        new = walk(child)
                    else:  # the module's own children
                        entering(child)
                        new = walk(child)
                        entering(None)
                    results.append(new)
                    changed = changed or new is not child
            if changed:
                updated = node._visit_and_replace_children(_Replacer(results))
        if leave_hook is None:
            return updated
        result = leave_hook(transformer, node, updated)
        if result is not updated and not isinstance(
            result, (cst.CSTNode, cst.RemovalSentinel, cst.FlattenSentinel)
        ):
            raise cst.CSTValidationError(
                "Expected a node of type CSTNode or a RemovalSentinel, "
                f"but got a return value of {type(result).__name__}"
            )
        return result

    return walk


def _generic_hooks(transformer: cst.CSTTransformer) -> Hooks:
    both = (type(transformer).on_visit, type(transformer).on_leave)
    return lambda kind: both


def visit(node: cst.CSTNode, visitor: cst.CSTVisitor) -> None:
    """`node.visit(visitor)` for a read-only visitor, without copying the tree.

    A visitor that keeps LibCST's on_visit/on_leave (every one here: classes of visit_ and
    leave_ hooks) has its hooks called directly, looked up once per node type of the walk,
    not twice per node by name; the trivia and the leaves it has no hook for are passed over
    when it has none for any trivia."""
    kind = type(visitor)
    if kind.on_visit is not cst.CSTVisitor.on_visit or kind.on_leave is not cst.CSTVisitor.on_leave:
        _visit_every_node(node, visitor)
        return
    hooked = frozenset(_hooked_names(kind))
    dead = _DEAD_FOR_NAMES.get(hooked)
    if dead is None:
        dead = _DEAD_FOR_NAMES[hooked] = _quiet_types(lambda t: t.__name__ in hooked)
    _read(node, visitor, {}, dead)


# Dead types by the set of node type names a visitor hooks: visitor classes are often made
# anew for each walk, their hooks seldom differ.
_DEAD_FOR_NAMES: dict[frozenset[str], frozenset[type[cst.CSTNode]]] = {}


def _hooked_names(kind: type[cst.CSTVisitor]) -> set[str]:
    """The node type names `kind` has a visit_ or leave_ hook of its own for (LibCST's
    visitor classes have a do-nothing one for every type). Read per walk, not kept: many
    visitors are classes made anew inside a function."""
    names: set[str] = set()
    for klass in kind.__mro__:
        if klass is cst.CSTVisitor:
            break  # what is above it is LibCST's
        if klass.__module__.startswith("libcst."):
            continue
        for attribute in vars(klass):
            if attribute.startswith(("visit_", "leave_")):
                names.add(attribute.partition("_")[2])
    return names


def _read(
    node: cst.CSTNode,
    visitor: cst.CSTVisitor,
    hooks: dict[type[cst.CSTNode], tuple[Any, Any]],
    dead: frozenset[type[cst.CSTNode]],
) -> None:
    kind = type(node)
    pair = hooks.get(kind)
    if pair is None:
        name = kind.__name__
        pair = hooks[kind] = (
            _own_hook(visitor, f"visit_{name}"),
            _own_hook(visitor, f"leave_{name}"),
        )
    enter, leave = pair
    if enter is None or enter(node) is not False:
        for field_name in _fields(node):
            value = getattr(node, field_name)
            value_kind = type(value)
            if value_kind is tuple or value_kind is list:
                for child in value:
                    if type(child) not in dead:
                        _read(child, visitor, hooks, dead)
            elif (
                value is not None and value_kind is not cst.MaybeSentinel and value_kind not in dead
            ):
                _read(value, visitor, hooks, dead)
    if leave is not None:
        leave(node)


def _own_hook(visitor: cst.CSTVisitor, name: str) -> Any:
    hook = getattr(type(visitor), name, None)
    if hook is None or hook is getattr(cst.CSTVisitor, name, None):
        return None
    return getattr(visitor, name)


def _visit_every_node(node: cst.CSTNode, visitor: cst.CSTVisitor) -> None:
    if visitor.on_visit(node):
        for name in _fields(node):
            value = getattr(node, name)
            kind = type(value)
            if kind is tuple or kind is list:
                for child in value:
                    _visit_every_node(child, visitor)
            elif value is not None and kind is not cst.MaybeSentinel:
                _visit_every_node(value, visitor)
    visitor.on_leave(node)
