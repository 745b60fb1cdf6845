"""The edits of a changed file, as a bot or an editor applies them: each block of changed
lines, with its old and new text and where it starts and ends in the file on disk.

A change (a Record) is tied to the block that holds its line, so that each change in the
JSON and SARIF reports carries an edit that can be applied on its own.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from .authoring.text import split_lines
from .diffing import diff_encoding
from .results import FileResult, Record


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, in characters


@dataclass(frozen=True)
class Edit:
    """Replace `old_text` (from `start` up to, not including, `end`; `offset` and `length`
    in characters of the decoded file) with `new_text`."""

    start: Position
    end: Position
    offset: int
    length: int
    old_text: str
    new_text: str
    first_line: int  # the block's old lines, for tying changes to it
    last_line: int


def file_edits(result: FileResult) -> list[Edit]:
    """The blocks of changed lines of a changed file (none for a file that did not change).
    A notebook's edits are of its raw JSON, the file on disk."""
    if result.old_bytes is None or result.new_bytes is None:
        return []
    encoding = diff_encoding(result.encoding)
    old = split_lines(result.old_bytes.decode(encoding, errors="surrogateescape"))
    new = split_lines(result.new_bytes.decode(encoding, errors="surrogateescape"))
    offsets = [0]
    for line in old:
        offsets.append(offsets[-1] + len(line))
    edits = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        old_text = "".join(old[i1:i2])
        edits.append(
            Edit(
                start=Position(i1 + 1, 1),
                end=_end(old, i1, i2),
                offset=offsets[i1],
                length=len(old_text),
                old_text=old_text,
                new_text="".join(new[j1:j2]),
                first_line=i1 + 1,
                last_line=max(i1 + 1, i2),
            )
        )
    return edits


def _end(old: Sequence[str], i1: int, i2: int) -> Position:
    if i2 == i1:
        return Position(i1 + 1, 1)
    last = old[i2 - 1]
    if last.endswith("\n"):
        return Position(i2 + 1, 1)
    return Position(i2, len(last) + 1)  # the file's last line, without a newline


def edit_for(record: Record, edits: Sequence[Edit]) -> Edit | None:
    """The block that holds the change's line; else the nearest one (a change reported on
    the line of its call, with the edit a line below)."""
    if not edits:
        return None
    for edit in edits:
        if edit.first_line <= record.line <= edit.last_line:
            return edit
    return min(
        edits, key=lambda e: min(abs(e.first_line - record.line), abs(e.last_line - record.line))
    )
