"""Suppression comments: `# claude-migrate: ignore`, `# claude-migrate: ignore[CM101,CM102]`
and `# claude-migrate: skip-file`.

An ignore comment covers its own line, and in Python the whole of a simple statement whose
first line carries it (a call spread over several lines). Codemods never see these comments:
after each codemod, the changed blocks of lines that touch a suppressed line are put back as
they were and that codemod's records on those lines are dropped. Only files that contain a
marker pay for this.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from .authoring.text import split_lines

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


def comment_lines(text: str) -> dict[int, frozenset[str]]:
    found: dict[int, frozenset[str]] = {}
    for number, line in enumerate(split_lines(text), start=1):
        match = _IGNORE.search(line)
        if match:
            codes = match.group(1)
            found[number] = (
                frozenset(c.strip().upper() for c in codes.split(",") if c.strip())
                if codes
                else ALL
            )
    return found


def for_python(module: cst.Module) -> Suppressions:
    text = module.code
    lines = comment_lines(text)
    if not lines:
        return Suppressions({})
    covered = dict(lines)
    positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    for node, position in positions.items():
        if isinstance(node, cst.SimpleStatementLine) and position.start.line in lines:
            for line in range(position.start.line, position.end.line + 1):
                covered.setdefault(line, lines[position.start.line])
    return Suppressions(covered)


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
