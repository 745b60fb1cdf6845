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
from .nodes import NodeIndex


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
    index: NodeIndex  # the nodes of this tree by type, shared by every pass over it
    notes: list[Note] = field(default_factory=list)
    # Request objects the rules read but may not edit (a const also used elsewhere):
    # (start, end) -> why. A change in one becomes one finding per code (see change).
    held: dict[tuple[int, int], str] = field(default_factory=dict)
    _held_notes: dict[tuple[int, str], int] = field(default_factory=dict, repr=False)
    _held_at: set[int] = field(default_factory=set, repr=False)

    @property
    def root(self) -> Node:
        return self.tree.root_node

    def text(self, node: Node) -> str:
        return self.data[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def walk(
        self, types: Iterable[str], under: Node | None = None, matching: str | None = None
    ) -> Iterator[Node]:
        """Every named node of `types` of the file or of `under`, in source order; with
        `matching` (a regular expression), only those whose text it finds."""
        yield from self.index.nodes(types, under, matching)

    def offsets(self, marker: bytes) -> Iterator[int]:
        """Where `marker` occurs in the text (a bytes search: no node is made)."""
        offset = self.data.find(marker)
        while offset >= 0:
            yield offset
            offset = self.data.find(marker, offset + 1)

    def at(self, marker: bytes) -> Iterator[Node]:
        """The smallest named node around each occurrence of `marker`."""
        root = self.root
        for offset in self.offsets(marker):
            node = root.named_descendant_for_byte_range(offset, offset + len(marker))
            if node is not None:
                yield node

    def around(self, marker: bytes, types: Iterable[str]) -> list[Node]:
        """The nodes of `types` that hold an occurrence of `marker`, each once, in source
        order: only the few nodes on the way up from each occurrence are looked at, where
        `walk` looks at every node of the types."""
        wanted = frozenset(types)
        found: dict[tuple[int, int, str], Node] = {}
        for node in self.at(marker):
            current: Node | None = node
            while current is not None:
                if current.type in wanted:
                    found.setdefault((current.start_byte, -current.end_byte, current.type), current)
                current = current.parent
        return [found[key] for key in sorted(found)]

    def change(self, node: Node, code: str, message: str, *edits: Edit) -> None:
        span = self._holding(node, edits) if self.held else None
        if span is None:
            self.notes.append(Note(node.start_byte, code, message, False, edits))
            return
        # Held: the change is reported, at the object, with the others of its code.
        self._held_at.add(node.start_byte)
        index = self._held_notes.get((span[0], code))
        if index is None:
            self._held_notes[(span[0], code)] = len(self.notes)
            text = f"{self.held[span]}: left as it is; the edits it needs (not made): {message}"
            self.notes.append(Note(span[0], code, text, True))
        else:
            held = self.notes[index]
            self.notes[index] = Note(held.offset, code, f"{held.message}; {message}", True)

    def finding(self, node: Node, code: str, message: str) -> None:
        if node.start_byte in self._held_at:
            return  # it spoke of a change that is not made (the held finding says it)
        self.notes.append(Note(node.start_byte, code, message, True))

    def hold_span(self, span: tuple[int, int], why: str) -> None:
        """Read the node of this span (a request object) but make no change in it: see
        change."""
        self.held.setdefault(span, why)

    def _holding(self, node: Node, edits: Iterable[Edit]) -> tuple[int, int] | None:
        """The held span a change is recorded in, or one of its edits touches."""
        for start, end in self.held:
            if start <= node.start_byte < end or any(
                e.start < end and e.end > start for e in edits
            ):
                return start, end
        return None

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
