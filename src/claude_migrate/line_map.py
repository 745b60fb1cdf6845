"""Lines of a rewritten text, traced back to the lines of the text it was made from.

Every change and finding is reported at its line in the file on disk, whichever codemod
made it: a codemod sees the text the codemods before it left, so its lines are traced back
through each earlier rewrite. A rewrite changes a few lines of a file, so the common head
and tail are matched first and difflib sees only what lies between them.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable

from .authoring.text import split_lines

LineMap = Callable[[int], int]  # a 1-based line of one text -> a 1-based line of another


def same_line(line: int) -> int:
    return line


def back_to_old(old: str, new: str) -> tuple[LineMap, list[range]]:
    """For each line of `new`, the line of `old` it came from (an added line: the old line
    it stands at); and the ranges of old lines (0-based) the rewrite replaced or removed."""
    old_lines, new_lines = split_lines(old), split_lines(new)
    head = 0
    while head < min(len(old_lines), len(new_lines)) and old_lines[head] == new_lines[head]:
        head += 1
    tail = 0
    room = min(len(old_lines), len(new_lines)) - head
    while tail < room and old_lines[-1 - tail] == new_lines[-1 - tail]:
        tail += 1
    origin: list[int] = list(range(head))
    touched: list[range] = []
    middle = difflib.SequenceMatcher(
        None,
        old_lines[head : len(old_lines) - tail],
        new_lines[head : len(new_lines) - tail],
        autojunk=False,
    )
    for tag, i1, i2, j1, j2 in middle.get_opcodes():
        i1, i2 = i1 + head, i2 + head
        if tag == "equal":
            origin.extend(range(i1, i2))
            continue
        touched.append(range(i1, max(i2, i1 + 1)))
        last = max(i2 - 1, i1)
        origin.extend(min(i1 + offset, last) for offset in range(j2 - j1))
    origin.extend(range(len(old_lines) - tail, len(old_lines)))
    last_line = max(len(old_lines), 1)

    def to_old(line: int) -> int:
        return min(origin[line - 1] + 1, last_line) if 0 < line <= len(origin) else line

    return to_old, touched


def compose(outer: LineMap, inner: LineMap) -> LineMap:
    """`inner`, then `outer`."""
    if inner is same_line:
        return outer
    return lambda line: outer(inner(line))
