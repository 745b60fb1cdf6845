"""One parsed file as the rules see it, and what they hand back: byte-span edits and records.

A rule never builds text: it names spans of the original bytes and what goes there, so
quotes, formatting, comments, newlines and encoding stay as they were around every edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from tree_sitter import Node, Tree

from ..authoring.options import FileContext
from ..authoring.tables import ModelTable


class ModelIdSet(Protocol):
    """What the model-ID rules read of a set's model-ID codemod (codemods/common/model_ids)."""

    code: ClassVar[str]
    __module__: str
    table: ClassVar[ModelTable]

    @property
    def finding_codes(self) -> Any: ...


@dataclass(frozen=True, order=True)
class Edit:
    start: int  # byte offsets into the text the rule was given
    end: int
    new: bytes


@dataclass(frozen=True)
class Note:
    """A change or finding at a byte offset; placed on a line once the pass is done."""

    offset: int
    code: str
    message: str
    is_finding: bool
    edits: tuple[Edit, ...] = ()  # a change's edits: dropped with it when suppressed


@dataclass
class Document:
    data: bytes
    tree: Tree
    kind: str  # see lang.SUFFIXES
    context: FileContext
    notes: list[Note] = field(default_factory=list)

    @property
    def root(self) -> Node:
        return self.tree.root_node

    def text(self, node: Node) -> str:
        return self.data[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def walk(self, types: Iterable[str] | None = None, under: Node | None = None) -> Iterator[Node]:
        """Every named node (of `types`, if given) of the file or of `under`, in source order."""
        wanted = frozenset(types) if types is not None else None
        stack = [under if under is not None else self.root]
        while stack:
            node = stack.pop()
            if wanted is None or node.type in wanted:
                yield node
            stack.extend(reversed(node.named_children))

    def change(self, node: Node, code: str, message: str, *edits: Edit) -> None:
        self.notes.append(Note(node.start_byte, code, message, False, edits))

    def finding(self, node: Node, code: str, message: str) -> None:
        self.notes.append(Note(node.start_byte, code, message, True))

    def replace(self, node: Node, new: str) -> Edit:
        return Edit(node.start_byte, node.end_byte, new.encode())


def ancestors(node: Node) -> Iterator[Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def field_text(doc: Document, node: Node, name: str) -> str | None:
    child = node.child_by_field_name(name)
    return doc.text(child) if child is not None else None
