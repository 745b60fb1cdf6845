"""What LibCST's round trip of a file would lose, held back before parsing and put back after.

`parse_module(text).code == text` is meant to hold, and does but for shapes found by the
differential tests over real code and every codec:

- a form feed that begins a line (`\\fdef f():`, a page break in old sources) is dropped;
- a file's final newline is dropped when it is a CR not part of a CRLF (a CR-only file, or
  a mixed one), or when the last line is a comment ending in a backslash.

Both are taken out of the text the codemods see and put back on the same lines of the text
they hand back, so that no byte of a line without a trigger changes. Neither changes what
Python reads: a form feed at a line's start only resets the indentation count, and a final
newline ends the last line either way (LibCST keeps a missing final newline missing).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .authoring.text import split_lines

_LEADING_FEEDS = re.compile(r"^\f+", re.MULTILINE)


@dataclass(frozen=True)
class Held:
    text: str  # what the codemods are given
    feeds: Mapping[int, str] = field(default_factory=dict)  # 0-based line -> its form feeds
    final_newline: str = ""

    def restore(self, new: str) -> str:
        """`new` (the codemods' text) with what was held back put back on its lines. The final
        newline goes back unless the text already ends with one (its last statement was
        removed: the line before it ends the file now)."""
        if self.feeds:
            new = _put_feeds_back(self.text, new, self.feeds)
        if new and not new.endswith(("\n", "\r")):
            new += self.final_newline
        return new


def hold(text: str) -> Held:
    newline = "\r\n" if text.endswith("\r\n") else text[-1:] if text.endswith(("\n", "\r")) else ""
    text = text[: len(text) - len(newline)]
    if "\f" not in text:
        return Held(text, final_newline=newline)
    feeds: dict[int, str] = {}
    lines = split_lines(text)
    for number, line in enumerate(lines):
        match = _LEADING_FEEDS.match(line)
        if match is not None:
            feeds[number] = match.group(0)
            lines[number] = line[match.end() :]
    return Held("".join(lines), feeds, newline)


def _put_feeds_back(old: str, new: str, feeds: Mapping[int, str]) -> str:
    """Each held line's form feeds, back at the start of the line it became: lines outside the
    changed region by position, lines inside it by difflib's matching (a removed line's feeds
    go to the line that follows it)."""
    old_lines, new_lines = split_lines(old), split_lines(new)
    head = 0
    limit = min(len(old_lines), len(new_lines))
    while head < limit and old_lines[head] == new_lines[head]:
        head += 1
    tail = 0
    while tail < limit - head and old_lines[-1 - tail] == new_lines[-1 - tail]:
        tail += 1
    shift = len(new_lines) - len(old_lines)
    middle = difflib.SequenceMatcher(
        None, old_lines[head : len(old_lines) - tail], new_lines[head : len(new_lines) - tail]
    ).get_opcodes()
    opcodes = [("equal", 0, head, 0, head)]
    opcodes += [(t, i1 + head, i2 + head, j1 + head, j2 + head) for t, i1, i2, j1, j2 in middle]
    end = len(old_lines)
    opcodes.append(("equal", end - tail, end, end - tail + shift, end + shift))
    carried = ""
    for tag, i1, i2, j1, j2 in opcodes:
        for offset in range(i2 - i1):
            carried += feeds.get(i1 + offset, "")
            if carried and tag != "delete" and offset < j2 - j1:
                new_lines[j1 + offset] = carried + new_lines[j1 + offset]
                carried = ""
    if carried:
        new_lines.append(carried)
    return "".join(new_lines)
