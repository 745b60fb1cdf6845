"""Plain, frozen values that flow from the workers back to the command line.

Nothing here touches disk or prints; `report` and `writer` do that.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from .authoring.records import Change, Finding, Outcome, Record

__all__ = ["Change", "FileResult", "Finding", "Outcome", "Record", "Status"]


class Status(str, enum.Enum):
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class FileResult:
    """What happened to one file.

    `old_bytes`/`new_bytes` are kept only for changed files, so that the main process can
    diff and write them; an unchanged file carries no text back.
    """

    path: str  # as shown to the user and in patches
    status: Status
    changes: tuple[Change, ...] = ()
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    old_bytes: bytes | None = field(default=None, repr=False)
    new_bytes: bytes | None = field(default=None, repr=False)
    encoding: str = "utf-8"
    real_path: str = ""  # what the writer replaces (a symlink's target, not the link)
    # Notebooks: (cell number, old code, new code) of each changed cell, for readable diffs.
    cells: tuple[tuple[int, str, str], ...] = ()
    # The diff's hunks (diffing.hunks), made by the worker beside the new bytes and kept in
    # the content cache, so that neither the main process nor a cached run diffs again.
    hunks: str | None = field(default=None, repr=False)
