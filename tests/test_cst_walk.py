"""cst_walk must give what LibCST's own walk gives, while sharing the nodes nothing changed."""

from __future__ import annotations

from collections.abc import Callable

import libcst
import pytest
from cst_nodes import EveryNode, every_node
from libcst.metadata import MetadataWrapper, PositionProvider

from claude_migrate import cst_codegen
from claude_migrate.authoring import walk as cst_walk
from claude_migrate.authoring.codemod import Codemod, FileContext, RunOptions, Safety

SHAPES = '''\
# header comment
"""Docstring."""
from __future__ import annotations

import os, sys as system
from . import sibling
from .pkg import (a, b as c)
from x import *

X: int = 1
Y = Z = [i * 2 for i in range(3) if i]  # trailing
W = {k: v for k, v in {}.items()}, {1, 2}, (yield_ := 3)
E = f"{X}"  # a format spec is visited only where there is one (see cst_walk._Layout)
S = f"{X!r:>{Y}} and {'nested'}" "implicit"
B = rb'raw' b"bytes"
L = lambda a, /, b=1, *args, c, **kw: (a, b, args, c, kw)


@decorator(arg)
class Thing(Base, metaclass=Meta):
    attr = 1

    async def run(self, *, until: int | None = None) -> None:
        async with open(x) as f, other() as (g, h):
            async for line in f:
                await line
        global X
        try:
            pass
        except (ValueError, TypeError) as exc:
            raise RuntimeError("x") from exc
        else:
            del self.attr[0:1:2]
        finally:
            return


def gen():
    pass
    nonlocal_value = 1
    yield from range(3)
    while True:
        if not nonlocal_value: break
        elif nonlocal_value > 1:
            continue
        else:
            nonlocal_value -= 1
    assert gen, "message"
    print(*args, **kwargs, sep="")
    x = a if b else c
    x = [*a, *b]; y = ~x ** -2 @ m
    match x:
        case {"k": [1, *rest]} | Point(x=0) if rest:
            pass
        case _:
            pass


for i, (j, k) in enumerate(pairs):
    with a as b:
        pass
else:
    pass
# footer comment
'''


class _Rename(libcst.CSTTransformer):
    def leave_Name(self, original_node: libcst.Name, updated_node: libcst.Name) -> libcst.Name:
        return (
            updated_node.with_changes(value="renamed")
            if updated_node.value == "x"
            else updated_node
        )


class _DropPass(libcst.CSTTransformer):
    def leave_SimpleStatementLine(
        self, original_node: libcst.SimpleStatementLine, updated_node: libcst.SimpleStatementLine
    ) -> libcst.SimpleStatementLine | libcst.RemovalSentinel:
        if any(isinstance(s, libcst.Pass) for s in updated_node.body):
            return libcst.RemoveFromParent()
        return updated_node


class _DoubleImports(libcst.CSTTransformer):
    def leave_Import(
        self, original_node: libcst.Import, updated_node: libcst.Import
    ) -> libcst.FlattenSentinel[libcst.BaseSmallStatement]:
        return libcst.FlattenSentinel([updated_node, updated_node])


class _DropArguments(libcst.CSTTransformer):
    def leave_Arg(
        self, original_node: libcst.Arg, updated_node: libcst.Arg
    ) -> libcst.Arg | libcst.RemovalSentinel:
        return libcst.RemoveFromParent() if updated_node.keyword else updated_node


class _SkipClasses(_Rename):
    def visit_ClassDef(self, node: libcst.ClassDef) -> bool:
        return False


TRANSFORMERS: list[Callable[[], libcst.CSTTransformer]] = [
    _Rename,
    _DropPass,
    _DoubleImports,
    _DropArguments,
    _SkipClasses,
]


@pytest.mark.parametrize("make", TRANSFORMERS, ids=lambda t: t.__name__)
def test_transform_gives_what_libcst_gives(make: Callable[[], libcst.CSTTransformer]) -> None:
    module = libcst.parse_module(SHAPES)
    expected = module.visit(make()).code
    assert expected != SHAPES
    assert cst_walk.transform(module, make()).code == expected


def test_unchanged_nodes_are_shared() -> None:
    module = libcst.parse_module(SHAPES)
    assert cst_walk.transform(module, libcst.CSTTransformer()) is module
    renamed = cst_walk.transform(module, _Rename())
    kept = [new is old for new, old in zip(renamed.body, module.body, strict=True)]
    assert any(kept) and not all(kept)  # only the statements that hold an `x` are new


def test_a_visitor_sees_the_nodes_libcst_shows_it_in_the_same_order() -> None:
    module = libcst.parse_module(SHAPES)
    expected = EveryNode()
    module.visit(expected)
    assert [type(n) for n in every_node(module)] == [type(n) for n in expected.nodes]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_starts_match_libcsts_position_provider_onevery_node(newline: str) -> None:
    module = libcst.parse_module(SHAPES.replace("\n", newline))
    public = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    nodes = every_node(module)
    # (A few whitespace nodes are walked but never rendered: neither route places those.)
    expected = {n: (public[n].start.line, public[n].start.column) for n in nodes if n in public}
    assert len(expected) > 0.9 * len(nodes)
    assert cst_codegen.starts(module, nodes, module) == expected
    # A few nodes alone give the same answers as all of them.
    some = nodes[::7]
    assert cst_codegen.starts(module, some, module) == {
        n: expected[n] for n in some if n in expected
    }
    # And each node alone: the rendering stops as soon as the one asked for is placed.
    for node in nodes:
        alone = cst_codegen.starts(module, [node], module)
        assert alone == ({node: expected[node]} if node in expected else {}), node


def test_skipped_statements_are_passed_over_whole() -> None:
    module = libcst.parse_module("x = 1\nif x:\n    x = 2\n")
    renamed = cst_walk.transform(module, _Rename(), skip=[module.body[1]])
    assert renamed.code == "renamed = 1\nif x:\n    x = 2\n"
    assert renamed.body[1] is module.body[1]


def test_trivia_hold_only_trivia() -> None:
    module = libcst.parse_module(SHAPES)
    for node in every_node(module):
        if type(node) in cst_walk.TRIVIA:
            assert all(type(n) in cst_walk.TRIVIA for n in every_node(node)), type(node)
    kinds = {type(n) for n in every_node(module)}
    assert libcst.Comma in cst_walk.TRIVIA and libcst.Comment in cst_walk.TRIVIA
    assert not cst_walk.TRIVIA & {libcst.Name, libcst.Call, libcst.Arg, libcst.Attribute}
    assert len(kinds & cst_walk.TRIVIA) > 20  # the shapes exercise most of them


class _CommentReader(Codemod):
    code, slug, target, safety, triggers = "CM999", "test", (5, 0), Safety.REPORT, ()

    def visit_Comment(self, node: libcst.Comment) -> None:
        self.record_finding(node, "CM999", node.value)


class _NameReader(Codemod):
    code, slug, target, safety, triggers = "CM999", "test", (5, 0), Safety.REPORT, ()

    def visit_Name(self, node: libcst.Name) -> None:
        self.record_finding(node, "CM999", node.value)


def test_a_codemod_that_reads_comments_sees_them_and_others_pass_trivia_over() -> None:
    module = libcst.parse_module(SHAPES)
    context = FileContext("m.py", RunOptions(target=(5, 0)))
    reader = _CommentReader(context)
    cst_walk.transform(module, reader)
    assert [p.message for p in reader.pending][:2] == ["# header comment", "# trailing"]
    names = _NameReader(context)
    cst_walk.transform(module, names)
    assert len(names.pending) > 50
    assert cst_walk._DEAD[_NameReader] == cst_walk.TRIVIA | (cst_walk.LEAVES - {libcst.Name})
    assert cst_walk._DEAD[_CommentReader] == frozenset()


def test_leaves_hold_only_trivia() -> None:
    module = libcst.parse_module(SHAPES)
    leaves = [n for n in every_node(module) if type(n) in cst_walk.LEAVES]
    assert {type(n) for n in leaves} >= {libcst.Name, libcst.SimpleString, libcst.Pass}
    for leaf in leaves:
        assert all(type(n) in cst_walk.TRIVIA for n in every_node(leaf)[1:]), type(leaf)


class _Recorder(libcst.CSTVisitor):
    """A read-only visitor with hooks for a few node types, one of which prunes."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def visit_Name(self, node: libcst.Name) -> None:
        self.seen.append(f"name {node.value}")

    def visit_ClassDef(self, node: libcst.ClassDef) -> bool:
        self.seen.append("class")
        return False  # its body is not visited, but it is left

    def leave_ClassDef(self, original_node: libcst.ClassDef) -> None:
        self.seen.append("left class")

    def leave_Call(self, original_node: libcst.Call) -> None:
        self.seen.append("call")


class _CommentRecorder(_Recorder):
    def visit_Comment(self, node: libcst.Comment) -> None:
        self.seen.append(node.value)


@pytest.mark.parametrize("kind", [_Recorder, _CommentRecorder])
def test_a_read_only_visit_calls_the_hooks_libcst_calls_in_its_order(
    kind: type[_Recorder],
) -> None:
    module = libcst.parse_module(SHAPES)
    expected, fast = kind(), kind()
    module.visit(expected)
    cst_walk.visit(module, fast)
    assert fast.seen == expected.seen and len(expected.seen) > 50
    assert ("# trailing" in fast.seen) is (kind is _CommentRecorder)


def test_render_gives_what_libcst_gives() -> None:
    module = libcst.parse_module(SHAPES.replace("\n", "\r\n"))
    for node in [module, *module.body, *every_node(module)[::5]]:
        assert cst_codegen.render(node, module) == module.code_for_node(node)


def test_the_fast_parentheses_render_and_place_what_libcsts_own_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """cst_codegen replaces LibCST's generator context manager around every expression's
    code; the text and every node's start must stay what LibCST's own gives."""
    from libcst._nodes.expression import _BaseParenthesizedNode

    assert cst_codegen._FAST_PARENS
    shapes = SHAPES + "z = ((a + (b)) * -(c))[((1))]\nif (x):\n    y = (yield (z))\n"
    module = libcst.parse_module(shapes)
    nodes = every_node(module)
    fast = (module.code, cst_codegen.starts(module, nodes, module))
    monkeypatch.setattr(_BaseParenthesizedNode, "_parenthesize", cst_codegen.LIBCST_PARENTHESIZE)
    assert (module.code, cst_codegen.starts(module, nodes, module)) == fast
    assert module.code == shapes
