"""Every node of a LibCST tree, in visiting order: what position and walk tests compare."""

from __future__ import annotations

import libcst

from claude_migrate.authoring import walk as cst_walk


class EveryNode(libcst.CSTVisitor):
    def __init__(self) -> None:
        super().__init__()
        self.nodes: list[libcst.CSTNode] = []

    def on_visit(self, node: libcst.CSTNode) -> bool:
        self.nodes.append(node)
        return True


def every_node(tree: libcst.CSTNode) -> list[libcst.CSTNode]:
    """As cst_walk visits them (test_cst_walk holds that to LibCST's own order)."""
    every = EveryNode()
    cst_walk.visit(tree, every)
    return every.nodes
