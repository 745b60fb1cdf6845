"""The nodes of given types in one parse, found by tree-sitter queries run in C.

Walking a tree through Python node objects costs a Python object per node, and a rule wants
a few types out of thousands of nodes: a query hands back only those. One query per set of
types asked for, compiled once per grammar; its result is kept for the parse, so the rules
of every pass over an unchanged text share it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cache

from tree_sitter import Language, Node, Query, QueryCursor, Tree

from . import grammars


@cache
def _query(grammar: str, types: frozenset[str], pattern: str | None) -> Query | None:
    """A query capturing every named node of `types` the grammar has (None: it has none);
    with `pattern`, only those whose text matches it."""
    language: Language = grammars.language(grammar)
    known = sorted(t for t in types if language.id_for_node_kind(t, True) is not None)
    if not known:
        return None
    alternatives = " ".join(f"({t})" for t in known)
    source = f"[{alternatives}] @n"
    if pattern is not None:
        escaped = pattern.replace("\\", "\\\\").replace('"', '\\"')
        source = f'({source} (#match? @n "{escaped}"))'
    return Query(language, source)


class NodeIndex:
    """Nodes by type for one tree, in source order (outer before inner at one offset)."""

    def __init__(self, tree: Tree, grammar: str) -> None:
        self._tree = tree
        self._grammar = grammar
        self._found: dict[tuple[frozenset[str], str | None], tuple[list[Node], list[int]]] = {}

    def nodes(
        self, types: Iterable[str], under: Node | None = None, pattern: str | None = None
    ) -> list[Node]:
        key = (frozenset(types), pattern)
        found = self._found.get(key)
        if found is None:
            found = self._run(*key)
            self._found[key] = found
        nodes, starts = found
        if under is None:
            return nodes
        low = bisect.bisect_left(starts, under.start_byte)
        high = bisect.bisect_left(starts, under.end_byte)
        return [n for n in nodes[low:high] if n.end_byte <= under.end_byte]

    def _run(self, types: frozenset[str], pattern: str | None) -> tuple[list[Node], list[int]]:
        query = _query(self._grammar, types, pattern)
        if query is None:
            return [], []
        captured = QueryCursor(query).captures(self._tree.root_node).get("n", [])
        nodes = sorted(captured, key=lambda n: (n.start_byte, -n.end_byte))
        return nodes, [n.start_byte for n in nodes]
