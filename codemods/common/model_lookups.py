"""Module-level defaults that a migration moves out of the lookup tables keyed by them.

`DEFAULT = "claude-3-7-sonnet-20250219"` is a call site and moves; `LIMITS = {"claude-3-7-
sonnet-20250219": 64000, ...}` is a lookup table and stays (both rules are right alone).
Together they break `LIMITS.get(DEFAULT, 4096)`: the new default is no key of the table, so
the lookup now always falls back. This finds such pairs among top-level statements, which
every parse of the file holds (sparse parsing keeps simple statements), and the lookups of
one in the other written there (`T.get(D, ...)`, `T[D]`, `D in T`). A lookup inside a
function is not looked for: where none is seen, the default's assignment is reported, since
a table keyed by the old value beside it is lookup enough to review.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import libcst as cst

from claude_migrate.authoring import ModelTable, literal_text, visit

_WHITESPACE = re.compile(r"\s")


@dataclass(frozen=True)
class StaleLookup:
    node: cst.CSTNode  # the lookup, or the default's assignment when no lookup is seen
    default: str  # the constant's name
    table: str  # the table's name (the tables', joined by "or", for a default)
    old: str
    new: str
    seen: bool  # a lookup of the default in the table was seen


def stale_lookups(
    module: cst.Module, table: ModelTable, final: Callable[[str], str]
) -> Iterator[StaleLookup]:
    """Each lookup (or default) where a moved default stops being a key of its table;
    `final` gives the ID the run ends on (a later set may move it on)."""
    defaults: dict[str, tuple[cst.CSTNode, str, str]] = {}
    tables: dict[str, set[str]] = {}
    simple: list[cst.SimpleStatementLine] = []
    for statement in module.body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        simple.append(statement)
        for small in statement.body:
            target, value = _assigned(small)
            if target is None or value is None:
                continue
            text = literal_text(value)
            if text is not None and not _WHITESPACE.search(text):
                new, _ = table.rewrite(text)
                if new != text:
                    defaults[target] = (small, text, final(new))
            elif isinstance(value, cst.Dict):
                keys = {k for e in value.elements if (k := _key(e)) is not None}
                if any(next(table.find(k), None) is not None for k in keys):
                    tables[target] = keys
    pairs = {
        (d, t): (node, old, new)
        for d, (node, old, new) in defaults.items()
        for t, keys in tables.items()
        if old in keys and new not in keys
    }
    if not pairs:
        return
    seen: set[tuple[str, str]] = set()
    for statement in simple:
        for node, pair in _lookups(statement):
            if pair in pairs:
                seen.add(pair)
                _, old, new = pairs[pair]
                yield StaleLookup(node, pair[0], pair[1], old, new, seen=True)
    unseen: dict[str, list[str]] = {}
    for d, t in pairs:
        if (d, t) not in seen:
            unseen.setdefault(d, []).append(t)
    for d, names in unseen.items():  # one finding per default, naming every table
        node, old, new = pairs[(d, names[0])]
        yield StaleLookup(node, d, " or ".join(names), old, new, seen=False)


def _assigned(small: cst.BaseSmallStatement) -> tuple[str | None, cst.BaseExpression | None]:
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        target = small.targets[0].target
        return (target.value if isinstance(target, cst.Name) else None), small.value
    if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
        return small.target.value, small.value
    return None, None


def _key(element: cst.BaseDictElement) -> str | None:
    return literal_text(element.key) if isinstance(element, cst.DictElement) else None


def _lookups(statement: cst.CSTNode) -> list[tuple[cst.CSTNode, tuple[str, str]]]:
    """(node, (default, table)) for `T.get(D...)`, `T.pop(D...)`, `T[D]` and `D in T`."""
    found: list[tuple[cst.CSTNode, tuple[str, str]]] = []

    class Finder(cst.CSTVisitor):
        def visit_Call(self, node: cst.Call) -> None:
            func = node.func
            if (
                isinstance(func, cst.Attribute)
                and func.attr.value in ("get", "pop", "setdefault")
                and isinstance(func.value, cst.Name)
                and node.args
                and isinstance(node.args[0].value, cst.Name)
            ):
                found.append((node, (node.args[0].value.value, func.value.value)))

        def visit_Subscript(self, node: cst.Subscript) -> None:
            if isinstance(node.value, cst.Name) and len(node.slice) == 1:
                index = node.slice[0].slice
                if isinstance(index, cst.Index) and isinstance(index.value, cst.Name):
                    found.append((node, (index.value.value, node.value.value)))

        def visit_Comparison(self, node: cst.Comparison) -> None:
            for target in node.comparisons:
                if (
                    isinstance(target.operator, (cst.In, cst.NotIn))
                    and isinstance(node.left, cst.Name)
                    and isinstance(target.comparator, cst.Name)
                ):
                    found.append((node, (node.left.value, target.comparator.value)))

    visit(statement, Finder())
    return found
