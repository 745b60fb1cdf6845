"""Rendering statements, and where given nodes start, with lighter codegen states.

LibCST's own CodegenState enters a generator-based context manager at most nodes to let a
position provider record syntactic positions, even when none is asked for: about 40% of
rendering a statement. `render` gives the same text without it.

LibCST's PositionProvider renders the tree with a codegen state that builds a start and end
object for every node as well: about 1.7 ms for a 20-line function here. A finding needs
only the start of the few nodes it was recorded on, so `starts` keeps the line and column as
the tokens go by, notes them for the wanted nodes alone, and stops once they are all placed.
The starts are those PositionProvider gives (the syntactic start where a node declares one,
else where its code begins); a test holds the two together on every node of a file of every
shape.

Both rely on LibCST's codegen protocol (`CodegenState`, `record_syntactic_position`), which
is internal: a LibCST without it gets the public route.

Every expression's code is rendered inside its `_parenthesize` context manager, a generator
one: its set-up was a quarter of rendering. It is replaced (for every rendering in the
process) by a plain class that does the same, emitting the parentheses around the syntactic
position, but only when LibCST's own is the one this was written against (`_FAST_PARENS`);
a test holds the two to the same output and positions.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Mapping
from typing import Any

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

try:
    from libcst._nodes.internal import CodegenState
except ImportError:  # pragma: no cover - another LibCST
    CodegenState = None  # type: ignore[assignment,misc]

Start = tuple[int, int]  # 1-based line, 0-based column, as PositionProvider counts them

_NEWLINE = re.compile(r"\r\n?|\n")  # what PositionProvider counts as a line break


class _AllPlaced(Exception):
    """Every wanted node is placed: rendering stops early."""


class _NoRecord:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


_NO_RECORD = _NoRecord()


class _Syntactic:
    """A wanted node's syntactic start: where its own tokens begin, or where the node it
    names as its start does (an indented block starts at its first statement)."""

    __slots__ = ("key", "start", "start_key", "state")

    def __init__(self, state: _StartState, key: int, start_key: int | None) -> None:
        self.state, self.key, self.start_key = state, key, start_key
        self.start = (0, 0)

    def __enter__(self) -> None:
        self.start = (self.state.line, self.state.column)
        if self.start_key is None:
            # Final here: an outer record of the same node entered first. The rest of the
            # node need not be rendered if it was the last one wanted.
            self.state.place(self.key, self.start)

    def __exit__(self, *exc: object) -> None:
        if self.start_key is not None:
            self.state.place(self.key, self.state.starts.get(self.start_key, self.start))


if CodegenState is not None:

    class _PlainState(CodegenState):
        def record_syntactic_position(
            self,
            node: cst.CSTNode,
            *,
            start_node: cst.CSTNode | None = None,
            end_node: cst.CSTNode | None = None,
        ) -> Any:
            return _NO_RECORD

    class _StartState(CodegenState):
        def __init__(self, default_indent: str, default_newline: str, wanted: set[int]) -> None:
            super().__init__(default_indent=default_indent, default_newline=default_newline)
            self.line = 1
            self.column = 0
            self.wanted = wanted
            self.starts: dict[int, Start] = {}
            self._before: dict[int, Start] = {}
            self._left = len(wanted)  # the asked-for nodes not placed yet

        def _advance(self, value: str) -> None:
            if "\n" in value or "\r" in value:
                segments = _NEWLINE.split(value)
                self.line += len(segments) - 1
                self.column = len(segments[-1])
            else:
                self.column += len(value)

        def add_indent_tokens(self) -> None:
            self.tokens.extend(self.indent_tokens)
            for token in self.indent_tokens:
                self._advance(token)

        def add_token(self, value: str) -> None:
            self.tokens.append(value)
            self._advance(value)

        def before_codegen(self, node: cst.CSTNode) -> None:
            if id(node) in self.wanted:
                self._before[id(node)] = (self.line, self.column)

        def after_codegen(self, node: cst.CSTNode) -> None:
            key = id(node)
            if key in self.wanted:
                # A syntactic start, recorded inside the node's own code, wins.
                self.place(key, self._before.pop(key))

        def place(self, key: int, start: Start) -> None:
            """The node's start, unless one was placed already (its syntactic start)."""
            if key in self.starts:
                return
            self.starts[key] = start
            self._left -= 1
            if self._left == 0:
                raise _AllPlaced  # the rest of the statement need not be rendered

        def record_syntactic_position(
            self, node: cst.CSTNode, *, start_node: cst.CSTNode | None = None, **_: object
        ) -> Any:
            key = id(node)
            if key not in self.wanted:
                return _NO_RECORD
            start_key = None
            if start_node is not None:
                start_key = id(start_node)
                if start_key not in self.wanted:
                    self.wanted.add(start_key)
                    self._left += 1
            return _Syntactic(self, key, start_key)


class _Parenthesized:
    """What LibCST's `_BaseParenthesizedNode._parenthesize` does, without a generator: the
    left parentheses, the node's code within its syntactic position, the right ones (not
    after an exception, which goes on up, as from the generator)."""

    __slots__ = ("inner", "node", "state")

    def __init__(self, node: Any, state: Any) -> None:
        self.node, self.state = node, state

    def __enter__(self) -> None:
        for lpar in self.node.lpar:
            lpar._codegen(self.state)
        self.inner = self.state.record_syntactic_position(self.node)
        self.inner.__enter__()

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        self.inner.__exit__(kind, value, traceback)
        if kind is None:
            for rpar in self.node.rpar:
                rpar._codegen(self.state)


def _fast_parentheses() -> bool:
    """Put `_Parenthesized` in place of LibCST's context manager, if LibCST's is the one it
    copies (the same names and variables; else LibCST's stays)."""
    try:
        from libcst._nodes.expression import _BaseParenthesizedNode
    except ImportError:  # pragma: no cover - another LibCST
        return False
    global LIBCST_PARENTHESIZE
    LIBCST_PARENTHESIZE = _BaseParenthesizedNode._parenthesize
    original = getattr(LIBCST_PARENTHESIZE, "__wrapped__", None)
    code = getattr(original, "__code__", None)
    if code is None or (code.co_names, code.co_varnames) != (
        ("lpar", "_codegen", "record_syntactic_position", "rpar"),
        ("self", "state", "lpar", "rpar"),
    ):
        return False  # pragma: no cover - another LibCST
    _BaseParenthesizedNode._parenthesize = _parenthesize  # type: ignore[assignment,method-assign]
    return True


def _parenthesize(self: Any, state: Any) -> _Parenthesized:
    return _Parenthesized(self, state)


LIBCST_PARENTHESIZE: Any = None  # LibCST's own, for the test that holds the two together
_FAST_PARENS = _fast_parentheses()


def render(node: cst.CSTNode, module: cst.Module) -> str:
    """What `module.code_for_node(node)` gives."""
    if CodegenState is None:  # pragma: no cover - another LibCST
        return module.code_for_node(node)
    state = _PlainState(
        default_indent=module.default_indent, default_newline=module.default_newline
    )
    node._codegen(state)
    return "".join(state.tokens)


def starts(
    node: cst.CSTNode, wanted: Iterable[cst.CSTNode], module: cst.Module
) -> dict[cst.CSTNode, Start]:
    """The starts of the `wanted` nodes found in `node` (rendered alone, so its first line
    is line 1), with `module`'s indentation and newline."""
    nodes = {id(n): n for n in wanted}
    if CodegenState is None:  # pragma: no cover - another LibCST
        return _public_starts(node, nodes, module)
    state = _StartState(module.default_indent, module.default_newline, set(nodes))
    with contextlib.suppress(_AllPlaced):
        node._codegen(state)
    return {nodes[key]: start for key, start in state.starts.items() if key in nodes}


def _public_starts(  # pragma: no cover - another LibCST
    node: cst.CSTNode, nodes: Mapping[int, cst.CSTNode], module: cst.Module
) -> dict[cst.CSTNode, Start]:
    alone = (
        node
        if isinstance(node, cst.Module)
        else module.with_changes(header=[], body=[node], footer=[])
    )
    found = MetadataWrapper(alone, unsafe_skip_copy=True).resolve(PositionProvider)
    return {n: (found[n].start.line, found[n].start.column) for n in nodes.values() if n in found}
