"""The groups of model IDs that must stay distinct: a registry is not a call site.

Rewriting each ID on its own turns an Enum of models into aliases of its first member, a
parametrized test table into cases with one model and contradicting expectations, and a run
of `register(Model("..."))` calls into one model registered again and again. A group here is
the set of string literals that one registry holds: a class body's assignments, a
collection's rows, a dict's values, one call's arguments, or a block's run of calls to the
same function. The model-ID codemod leaves a group whole when rewriting it would make two of
its distinct IDs equal (see ModelIdCodemod._guard); a group whose IDs stay distinct migrates.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import libcst as cst

from claude_migrate.authoring import dotted_name, is_request_call, visit


@dataclass(frozen=True)
class Group:
    anchor: cst.CSTNode  # where the one finding for the group is reported
    what: str  # "class Tier", "rows of a list", ...
    strings: tuple[cst.SimpleString, ...]


def strings_in(node: cst.CSTNode) -> list[cst.SimpleString]:
    """Every plain string literal below `node`, in source order."""
    found: list[cst.SimpleString] = []

    class Collect(cst.CSTVisitor):
        def visit_SimpleString(self, string: cst.SimpleString) -> None:
            found.append(string)

    visit(node, Collect())
    return found


def class_body(node: cst.ClassDef) -> Group:
    """The values a class body assigns (an Enum's members, a settings class's fields)."""
    strings: list[cst.SimpleString] = []
    for statement in _statements(node.body):
        for small in statement.body:
            if isinstance(small, (cst.Assign, cst.AnnAssign)) and small.value is not None:
                strings.extend(strings_in(small.value))
    return Group(node, f"class {node.name.value}", tuple(strings))


def call_runs(body: Sequence[cst.BaseStatement]) -> Iterator[Group]:
    """Each run of two or more expression statements in one block calling the same function
    (`add_model(...)` repeated): a registration sequence. Requests are call sites, not
    registrations: two `messages.create(...)` in a row each migrate."""
    by_callee: dict[str, list[cst.Call]] = {}
    for statement in body:
        if not isinstance(statement, cst.SimpleStatementLine) or len(statement.body) != 1:
            continue
        small = statement.body[0]
        if (
            isinstance(small, cst.Expr)
            and isinstance(small.value, cst.Call)
            and not is_request_call(small.value)
        ):
            callee = dotted_name(small.value.func)
            if callee:
                by_callee.setdefault(callee, []).append(small.value)
    for callee, calls in by_callee.items():
        if len(calls) >= 2:
            strings = tuple(s for call in calls for s in strings_in(call))
            yield Group(calls[0], f"{len(calls)} calls of {callee}()", strings)


def rows(node: cst.List | cst.Tuple | cst.Set, kind: str) -> Group | None:
    """A collection of rows (tuples, lists or calls: a `parametrize` table, a list of model
    objects): the strings of every row."""
    elements = [e.value for e in node.elements]
    if not any(isinstance(e, (cst.Tuple, cst.List, cst.Call, cst.Dict)) for e in elements):
        return None
    strings = tuple(s for e in elements for s in strings_in(e))
    return Group(node, f"rows of a {kind}", strings)


def dict_values(node: cst.Dict) -> Group:
    """A mapping's values (a role or alias map)."""
    strings: list[cst.SimpleString] = []
    for element in node.elements:
        if isinstance(element, cst.DictElement):
            strings.extend(strings_in(element.value))
    return Group(node, "values of a dict", tuple(strings))


def call_arguments(node: cst.Call) -> Group:
    """One call's string arguments (`pair("claude-...", "claude-...")`, `dict(a=..., b=...)`)."""
    strings = tuple(a.value for a in node.args if isinstance(a.value, cst.SimpleString))
    return Group(node, f"arguments of {dotted_name(node.func) or 'a call'}()", strings)


def _statements(block: cst.BaseSuite) -> list[cst.SimpleStatementLine]:
    if isinstance(block, cst.SimpleStatementSuite):
        return [cst.SimpleStatementLine(body=block.body)]
    return [s for s in block.body if isinstance(s, cst.SimpleStatementLine)]
