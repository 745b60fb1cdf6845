"""Parse, rewrite and verify one file of another language (see lang/__init__).

The same stages as Python: every selected codemod that covers the language runs in order
(target version, then code) over the text the one before it left; each pass parses the
current bytes with tree-sitter, its rule names byte-span edits and records, suppressed lines
drop theirs, and the edits are spliced into the bytes. The new text must parse with no error
node where the old one had none, or the file fails and is not written.
"""

from __future__ import annotations

import bisect
import codecs
import importlib
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from tree_sitter import Node, Tree

from .. import diffing
from ..authoring.options import FileContext, Safety
from ..results import Change, FileResult, Finding, Status
from ..suppression import Suppressions
from . import COVERAGE, grammars, suppress
from .document import Document, Edit
from .nodes import NodeIndex

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

_NEWLINE = re.compile(rb"\r\n|\r|\n")

Rule = Callable[[Document, "type[Codemod]"], None]


class LanguageError(Exception):
    """The file cannot be read, or a rule produced text that does not parse."""


@cache
def rule_for(code: str) -> Rule:
    module, _, name = COVERAGE[code][1].partition(":")
    rule: Rule = getattr(importlib.import_module(module), name)
    return rule


def migrate_code(
    data: bytes,
    path: str,
    kind: str,
    codemods: Sequence[type[Codemod]],
    context: FileContext,
    ignore_codes: Sequence[str],
    real_path: str = "",
) -> FileResult:
    """The FileResult of one file; never raises (a bug in a rule fails only its file)."""
    if suppress.skips_file(data):
        return FileResult(path, Status.SKIPPED, error="skip-file comment")
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    body = data[len(bom) :]
    try:
        if b"\0" in body:
            raise LanguageError("binary file (contains NUL bytes)")
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LanguageError(
                f"cannot decode as utf-8: invalid byte {body[exc.start]:#04x} at offset {exc.start}"
            ) from exc
        new_body, changes, findings = transform(
            body, grammars.grammar_for(path, kind), kind, codemods, context
        )
    except LanguageError as exc:
        return FileResult(path, Status.FAILED, error=str(exc))
    except Exception as exc:  # a bug in one rule must not end the run or touch the file
        return FileResult(path, Status.FAILED, error=f"internal error: {type(exc).__name__}: {exc}")
    kept = tuple(f for f in findings if not any(f.code.startswith(p) for p in ignore_codes))
    if new_body == body:
        return FileResult(path, Status.UNCHANGED, findings=kept)
    new_data = bom + new_body
    return FileResult(
        path,
        Status.CHANGED,
        changes=changes,
        findings=kept,
        old_bytes=data,
        new_bytes=new_data,
        encoding="utf-8-sig" if bom else "utf-8",
        real_path=real_path,
        hunks=diffing.hunks(body.decode("utf-8"), new_body.decode("utf-8")),
    )


def transform(
    body: bytes,
    grammar: str,
    kind: str,
    codemods: Sequence[type[Codemod]],
    context: FileContext,
) -> tuple[bytes, tuple[Change, ...], tuple[Finding, ...]]:
    changes: list[Change] = []
    findings: list[Finding] = []
    original = body
    history: list[list[Edit]] = []  # each pass's edits, to trace offsets back to the file
    tree = grammars.parse(body, grammar)
    # Records are placed on the lines of the text on disk, found from its own tree (which the
    # edits told to `tree` leave alone), and its ignore comments are read once.
    locate = _locator(original, tree.copy().root_node)
    suppressed = suppress.suppressions(original.decode("utf-8"))
    index = NodeIndex(tree, grammar)
    errors_before = _error_count(tree.root_node)
    for codemod in codemods:
        doc = Document(body, tree, kind, context, index)
        rule_for(codemod.code)(doc, codemod)
        if not doc.notes:
            continue
        edits = _place(doc, codemod, changes, findings, locate, suppressed, history)
        if not edits:
            continue
        merged = merge_edits(body, edits)
        new_body = splice(body, merged)
        if new_body == body:
            continue
        history.append(merged)
        new_tree = grammars.parse(new_body, grammar, _edited(tree, body, merged))
        if _error_count(new_tree.root_node) > errors_before:
            raise LanguageError(
                f"{codemod.code} produced text that does not parse; the file is left as it was"
            )
        body, tree = new_body, new_tree
        index = NodeIndex(tree, grammar)
    return body, tuple(sorted(changes)), tuple(sorted(findings))


def _edited(tree: Tree, data: bytes, merged: Sequence[Edit]) -> Tree:
    """`tree` told of the edits (last first, so each one's offsets are still those of
    `data`), for an incremental parse of the new text."""
    root = tree.root_node  # every point read before the first edit changes the tree
    points = [(_point(root, data, e.start), _point(root, data, e.end)) for e in merged]
    for edit, (start, old_end) in zip(reversed(merged), reversed(points), strict=True):
        new_end = edit.start + len(edit.new)
        lines = edit.new.count(b"\n")
        if lines:
            end_column = len(edit.new) - edit.new.rfind(b"\n") - 1
            new_point = (start[0] + lines, end_column)
        else:
            new_point = (start[0], start[1] + len(edit.new))
        tree.edit(
            start_byte=edit.start,
            old_end_byte=edit.end,
            new_end_byte=new_end,
            start_point=start,
            old_end_point=old_end,
            new_end_point=new_point,
        )
    return tree


def _point(root: Node, data: bytes, offset: int) -> tuple[int, int]:
    """(row, byte column) of an offset of `data`, whose tree `root` is, as tree-sitter counts
    them (rows end at LF): from the start of the smallest node there, counting only the bytes
    between it and the offset (a count from the start of the file for each offset was most of
    telling the tree of a pass's edits and placing its records)."""
    node = root.descendant_for_byte_range(offset, offset)
    if node is None or node.start_byte > offset:
        node = root
    start = node.start_byte
    row, column = node.start_point
    lines = data.count(b"\n", start, offset)
    if lines:
        return row + lines, offset - (data.rfind(b"\n", start, offset) + 1)
    return row, column + offset - start


def _place(
    doc: Document,
    codemod: type[Codemod],
    changes: list[Change],
    findings: list[Finding],
    locate: Callable[[int], tuple[int, int]],
    suppressed: Suppressions,
    history: Sequence[Sequence[Edit]],
) -> list[Edit]:
    """Turn the pass's notes into records on lines of the file as it is on disk (`locate`
    and `suppressed` read it; a note's offset is in the text the earlier passes' edits,
    `history`, left), and hand back the edits to apply."""
    report_only = codemod.safety is Safety.REPORT or codemod.code in doc.context.options.report_only
    edits: list[Edit] = []
    seen: set[tuple[int, str, str]] = set()
    for note in sorted(doc.notes, key=lambda n: n.offset):
        offset = note.offset
        for merged in reversed(history):
            offset = _before(offset, merged)
        line, column = locate(offset)
        if suppressed.covers(line, note.code) or (note.offset, note.code, note.message) in seen:
            continue
        seen.add((note.offset, note.code, note.message))
        if note.is_finding:
            findings.append(Finding(line, column, note.code, note.message))
        elif report_only:
            message = f"{note.message} (review level, not applied: run with --unsafe or --select {note.code})"
            findings.append(Finding(line, column, note.code, message))
        else:
            changes.append(Change(line, column, note.code, note.message))
            edits.extend(note.edits)
    return edits


def _before(offset: int, merged: Sequence[Edit]) -> int:
    """The offset in the text before `merged` (sorted, apart) of an offset in the text after:
    inside a replacement, where that replacement starts."""
    delta = 0
    for edit in merged:
        start = edit.start + delta
        if offset < start:
            break
        if offset < start + len(edit.new):
            return edit.start
        delta += len(edit.new) - (edit.end - edit.start)
    return offset - delta


def apply_edits(data: bytes, edits: Sequence[Edit]) -> bytes:
    return splice(data, merge_edits(data, edits))


def merge_edits(data: bytes, edits: Sequence[Edit]) -> list[Edit]:
    """`edits` sorted, ready to splice into `data`. The same edit twice counts once and
    overlapping deletions merge (two neighbours removed with the space between them); any
    other overlap is a bug."""
    merged: list[Edit] = []
    for edit in sorted(set(edits)):
        last = merged[-1] if merged else None
        if last is not None and not last.new and not edit.new and edit.start <= last.end:
            merged[-1] = Edit(last.start, max(last.end, edit.end), b"")
            continue
        if last is not None and edit.start < last.end:
            raise LanguageError(f"two edits overlap at byte {edit.start}")
        merged.append(edit)
    return [_trailing(data, e) if not e.new else e for e in merged]


def splice(data: bytes, merged: Sequence[Edit]) -> bytes:
    out: list[bytes] = []
    position = 0
    for edit in merged:
        out.append(data[position : edit.start])
        out.append(edit.new)
        position = edit.end
    out.append(data[position:])
    return b"".join(out)


def _trailing(data: bytes, deletion: Edit) -> Edit:
    """A deletion that reaches the end of a line takes the spaces before it along."""
    if data[deletion.end : deletion.end + 1] not in (b"\n", b"\r", b""):
        return deletion
    start = deletion.start
    while start > 0 and data[start - 1 : start] in (b" ", b"\t"):
        start -= 1
    return Edit(start, deletion.end, b"")


def _locator(data: bytes, root: Node) -> Callable[[int], tuple[int, int]]:
    """(line, column) of an offset, both from 1. Without a CR in the text, tree-sitter's
    point there (`root` is the text's tree: a pass has a few notes; the text has thousands of
    lines)."""
    if b"\r" not in data:

        def by_count(offset: int) -> tuple[int, int]:
            row, column = _point(root, data, offset)
            return row + 1, column + 1

        return by_count
    starts = _line_starts(data)

    def by_starts(offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    return by_starts


@lru_cache(maxsize=4)  # the passes that change nothing share their text's line starts
def _line_starts(data: bytes) -> list[int]:
    return [0, *(m.end() for m in _NEWLINE.finditer(data))]


def _error_count(root: Node) -> int:
    if not root.has_error:
        return 0
    count = 0
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            count += 1
        elif node.has_error:
            stack.extend(node.children)
    return count
