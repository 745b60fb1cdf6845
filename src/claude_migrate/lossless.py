"""What LibCST's round trip of a file would lose, held back before parsing and put back after.

`parse_module(text).code == text` is meant to hold, and does but for shapes found by the
differential tests over real code and every codec:

- a form feed that begins a line (`\\fdef f():`, a page break in old sources) is dropped;
- a file's final newline is dropped when it is a CR not part of a CRLF (a CR-only file, or
  a mixed one), or when the last line is a comment ending in a backslash; so the newlines
  that end a file are held back whole.

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

_LEADING_FEEDS = re.compile(r"\f+")
# Lines as Python's tokenizer ends them (CR, LF or CRLF), each with its newline.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _lines(text: str) -> list[str]:
    return _LINE.findall(text)


@dataclass(frozen=True)
class Held:
    text: str  # what the codemods are given
    feeds: Mapping[int, str] = field(default_factory=dict)  # 0-based line -> its form feeds
    ending: str = ""  # the newlines that end the file (LibCST drops some: a final CR, ...)

    def restore(self, new: str) -> str:
        """`new` (the codemods' text) with what was held back put back on its lines. When
        `new` ends with a newline, its last statement was removed and the line before it
        ends the file now: that line's newline stands in for the first of the held ones."""
        if new.endswith(("\n", "\r")):
            new += self.ending[2 if self.ending.startswith("\r\n") else 1 :]
        else:
            new += self.ending
        if self.feeds:
            new = _put_feeds_back(self.text + self.ending, new, self.feeds)
        return new


def hold(text: str) -> Held:
    feeds: dict[int, str] = {}
    if "\f" in text:
        lines = _lines(text)
        for number, line in enumerate(lines):
            match = _LEADING_FEEDS.match(line)
            if match is not None:
                feeds[number] = match.group(0)
                lines[number] = line[match.end() :]
        text = "".join(lines)
    body = text.rstrip("\r\n")
    return Held(body, feeds, text[len(body) :])


def _put_feeds_back(old: str, new: str, feeds: Mapping[int, str]) -> str:
    """Each held line's form feeds, back at the start of the line it became: lines outside the
    changed region by position, lines inside it by difflib's matching (a removed line's feeds
    go to the line that follows it)."""
    old_lines, new_lines = _lines(old), _lines(new)
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
    carried += "".join(feeds[line] for line in sorted(feeds) if line >= len(old_lines))
    if carried:  # a form feed on the last line, alone
        new_lines.append(carried)
    return "".join(new_lines)
