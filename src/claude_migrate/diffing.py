"""Diff stage: old text + new text -> a unified diff that `git apply` accepts.

A pure function over text. Lines keep their own endings (CRLF stays CRLF inside the patch), and
a last line without a newline gets git's "\\ No newline at end of file" marker.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .authoring.text import split_lines
from .names import git_quoted

NO_NEWLINE = "\\ No newline at end of file\n"


_HUNK = re.compile(r"^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@")


def unified_diff(old: str, new: str, path: str, context: int = 3) -> str:
    body = hunks(old, new, context)
    return headers(path) + body if body else ""


def headers(path: str) -> str:
    """The file headers as git writes them: names quoted as git quotes them (so a header is
    always ASCII), and a tab after a name with a space, which tells patch where it ends."""
    end = "\t\n" if " " in path else "\n"
    return f"--- {git_quoted('a/' + path)}{end}+++ {git_quoted('b/' + path)}{end}"


def diff_encoding(encoding: str) -> str:
    """The encoding a file's diff is written in: its own, but with a BOM kept inside the
    text, so that the first line's context matches the file's bytes."""
    return "utf-8" if encoding == "utf-8-sig" else encoding


def hunks(old: str, new: str, context: int = 3) -> str:
    """The hunks of the unified diff from `old` to `new`, without the file headers."""
    if old == new:
        return ""
    # difflib's matcher is quadratic in the worst case and slow on long files, and splitting
    # a whole file into lines costs more than the diff of a migration, which changes a few
    # lines: the common head and tail are found by comparing the texts (in C), and only the
    # lines between them, with their context, are split and handed to difflib. The hunk
    # headers are then shifted back to the file's line numbers.
    start = _line_start(old, _common_prefix(old, new))
    old_end, new_end = _common_tail_starts(old, new, start)
    before = _lines_back(old, start, context)
    old_after = _lines_on(old, old_end, context)
    new_after = new_end + (old_after - old_end)
    body = difflib.unified_diff(
        split_lines(old[before:old_after]),
        split_lines(new[before:new_after]),
        n=context,
        lineterm="",
    )
    skip = old.count("\n", 0, before)
    out = []
    for line in list(body)[2:]:  # skip difflib's own headers
        if line.startswith("@@"):
            out.append(_shift(line, skip) + "\n")
        elif line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n" + NO_NEWLINE)
    return "".join(out)


def _common_prefix(a: str, b: str) -> int:
    """The length of the common prefix, by halving: each comparison runs in C."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _common_tail_starts(old: str, new: str, start: int) -> tuple[int, int]:
    """Where the common tail of whole lines begins in each text, not before `start` (the
    end of the common head): the first line start whose line break before it, and all
    that follows, the two texts share."""
    low, high = 0, min(len(old), len(new)) - start
    while low < high:  # the longest common suffix within the rest
        middle = (low + high + 1) // 2
        if old[len(old) - middle :] == new[len(new) - middle :]:
            low = middle
        else:
            high = middle - 1
    old_at, new_at = len(old) - low, len(new) - low
    shared_break = (old_at == start or old[old_at - 1] == "\n") and (
        new_at == start or new[new_at - 1] == "\n"
    )
    if not shared_break:  # the tail starts after the next line break inside the suffix
        following = old.find("\n", old_at)
        if following == -1:
            return len(old), len(new)
        old_at, new_at = following + 1, new_at + (following + 1 - old_at)
    return old_at, new_at


def _lines_back(text: str, position: int, count: int) -> int:
    """The start of the line `count` lines before the one starting at `position`."""
    for _ in range(count):
        if position == 0:
            break
        position = text.rfind("\n", 0, position - 1) + 1
    return position


def _lines_on(text: str, position: int, count: int) -> int:
    """The position `count` whole lines on from the line start `position`."""
    for _ in range(count):
        following = text.find("\n", position)
        if following == -1:
            return len(text)
        position = following + 1
    return position


def _shift(header: str, lines: int) -> str:
    """A hunk header computed on a slice, as it reads for the whole file."""
    if not lines:
        return header
    match = _HUNK.match(header)
    assert match is not None, header
    old_start, old_len, new_start, new_len = match.groups()
    return (
        f"@@ -{int(old_start) + lines}{old_len or ''} +{int(new_start) + lines}{new_len or ''} @@"
        + header[match.end() :]
    )


@dataclass(frozen=True)
class Hunk:
    """One hunk of a diff made by `hunks`: its text, and the lines it replaces and adds."""

    text: str  # the "@@ ... @@" line and its body, as `hunks` printed them
    old_start: int  # 0-based index of the first old line the hunk covers
    old_lines: tuple[str, ...]  # context and removed lines, with their own endings
    new_lines: tuple[str, ...]  # context and added lines


def parse_hunks(body: str) -> list[Hunk]:
    """The hunks of `hunks(old, new)`, read back from the very text that is shown, so that
    applying a subset of them (the hunk picker) can only do what the diff says."""
    found: list[Hunk] = []
    lines = split_lines(body)
    at = 0
    while at < len(lines):
        match = _HUNK.match(lines[at])
        assert match is not None, lines[at]
        old_start, old_len = int(match.group(1)), int((match.group(2) or ",1")[1:])
        start = at
        old: list[str] = []
        new: list[str] = []
        at += 1
        while at < len(lines) and not lines[at].startswith("@@"):
            tag, content = lines[at][0], lines[at][1:]
            if lines[at] == NO_NEWLINE:  # the line before it has no line break in the file
                tag = lines[at - 1][0]
                for side in (old, new):
                    if side is old and tag in " -" or side is new and tag in " +":
                        side[-1] = side[-1].removesuffix("\n")
            else:
                if tag in " -":
                    old.append(content)
                if tag in " +":
                    new.append(content)
            at += 1
        first = old_start - 1 if old_len else old_start  # "-5,0" adds after line 5
        found.append(Hunk("".join(lines[start:at]), first, tuple(old), tuple(new)))
    return found


def apply_hunks(old: str, chosen: list[Hunk]) -> str:
    """`old` with the chosen hunks (of one diff of it, in order) applied, and only those."""
    old_lines = split_lines(old)
    out: list[str] = []
    position = 0
    for hunk in chosen:
        end = hunk.old_start + len(hunk.old_lines)
        if tuple(old_lines[hunk.old_start : end]) != hunk.old_lines or hunk.old_start < position:
            raise ValueError("the hunk does not belong to this text")
        out.extend(old_lines[position : hunk.old_start])
        out.extend(hunk.new_lines)
        position = end
    out.extend(old_lines[position:])
    return "".join(out)
