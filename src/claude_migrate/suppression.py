"""Suppression comments: `# claude-migrate: ignore`, `# claude-migrate: ignore[CM101,CM102]`
and `# claude-migrate: skip-file`.

An ignore comment covers its own line, and in Python the whole statement that any of its
lines carries it on (a call spread over several lines; the header of a compound statement).
Lines are the file's own, found once per file from its comments and CPython's tree. Records
on covered lines are dropped; a codemod's change is put back as it was only where it touches
a covered line (the one case that parses again). Only files that contain a marker pay.
"""

from __future__ import annotations

import ast
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .authoring.text import split_lines
from .results import Finding

MARKER = b"claude-migrate:"
_IGNORE = re.compile(r"#\s*claude-migrate:\s*ignore(?:\[([A-Za-z0-9,\s]*)\])?")
_SKIP_FILE = re.compile(rb"#\s*claude-migrate:\s*skip-file\b")
ALL: frozenset[str] = frozenset()  # an ignore without codes covers every code


def skips_file(data: bytes) -> bool:
    return MARKER in data and _SKIP_FILE.search(data) is not None


@dataclass(frozen=True)
class Suppressions:
    """Line number -> the codes ignored there (ALL for every code)."""

    lines: Mapping[int, frozenset[str]]

    def covers(self, line: int, code: str) -> bool:
        codes = self.lines.get(line)
        return codes is not None and (codes is ALL or any(code.startswith(c) for c in codes))

    def lines_for(self, code: str) -> frozenset[int]:
        return frozenset(line for line in self.lines if self.covers(line, code))

    def __bool__(self) -> bool:
        return bool(self.lines)


def comment_lines(text: str, ignore: re.Pattern[str] = _IGNORE) -> dict[int, frozenset[str]]:
    """The codes each line's ignore comment names (ALL: every code); `ignore` is the comment
    as the file's language writes it (Python's `#` by default)."""
    found: dict[int, frozenset[str]] = {}
    for number, line in enumerate(split_lines(text), start=1):
        match = ignore.search(line)
        if match:
            codes = match.group(1)
            found[number] = (
                frozenset(c.strip().upper() for c in codes.split(",") if c.strip())
                if codes
                else ALL
            )
    return found


def for_python(text: str, tree: ast.Module | None) -> Suppressions:
    """The file's ignore comments, each covering the whole statement it stands on: a simple
    statement over several lines, or the header of a compound one (not its body). `tree` is
    CPython's tree of `text` (None when the interpreter cannot read it: each comment then
    covers its own line)."""
    lines = comment_lines(text)
    if not lines or tree is None:
        return Suppressions(lines)
    covered = dict(lines)
    for node in ast.walk(tree):
        if not isinstance(node, ast.stmt):
            continue
        first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", ()))])
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
            last = max(first, body[0].lineno - 1)  # a compound statement: its header only
        else:
            last = node.end_lineno or node.lineno
        found = [lines[line] for line in range(first, last + 1) if line in lines]
        if found:
            codes = _union(found)
            for line in range(first, last + 1):
                covered[line] = _union([codes, covered[line]]) if line in covered else codes
    return Suppressions(covered)


def _union(codes: list[frozenset[str]]) -> frozenset[str]:
    if any(c is ALL for c in codes):
        return ALL
    return frozenset().union(*codes)


def unknown_codes(text: str, known: frozenset[str]) -> list[Finding]:
    """CM002 for each code of an ignore comment that no code there is starts with."""
    found = []
    for number, line in enumerate(split_lines(text), start=1):
        match = _IGNORE.search(line)
        if not match or not match.group(1):
            continue
        for code in (c.strip().upper() for c in match.group(1).split(",")):
            if code and not any(k.startswith(code) for k in known):
                found.append(
                    Finding(
                        number,
                        match.start() + 1,
                        "CM002",
                        f"unknown code {code} in an ignore comment: it silences nothing "
                        "(see `claude-migrate list`)",
                    )
                )
    return found


def for_text(text: str) -> Suppressions:
    return Suppressions(comment_lines(text))


def restore(old: str, new: str, lines: frozenset[int]) -> str:
    """`new`, with every changed block of lines that touches one of `lines` (1-based, in
    `old`) put back as it was in `old`."""
    if not lines:
        return new
    old_lines, new_lines = split_lines(old), split_lines(new)
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            # Lines correspond one to one: decide line by line.
            for offset in range(i2 - i1):
                source = old_lines if i1 + offset + 1 in lines else new_lines
                out.append(source[(i1 if source is old_lines else j1) + offset])
            continue
        touched = set(range(i1 + 1, i2 + 1)) if i2 > i1 else {i1, i1 + 1}
        if tag != "equal" and touched & lines:
            out.extend(old_lines[i1:i2])
        else:
            out.extend(new_lines[j1:j2])
    return "".join(out)
