"""What a codemod records: its rewrites (`Change`), what it leaves for a person (`Finding`),
and what a text transform returns (`Outcome`). Plain, frozen values; the engine carries them
back to the command line (see `claude_migrate.results`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Record:
    """One rewrite (`Change`) or one thing left for a person (`Finding`)."""

    line: int
    column: int
    code: str
    message: str
    cell: int | None = None  # notebooks: the cell (1-based); `line` is then the raw file's line
    cell_line: int | None = None  # notebooks: the line within the cell's code


class Change(Record):
    """A rewrite the tool made (or would make in a dry run)."""


class Finding(Record):
    """Something the tool could not rewrite safely and leaves for review."""


@dataclass(frozen=True)
class Outcome:
    """What the transform stage made of one file's text."""

    text: str
    changes: tuple[Change, ...] = ()
    findings: tuple[Finding, ...] = ()
