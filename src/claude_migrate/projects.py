"""Which project a file belongs to, so that project-wide facts never cross project borders.

A project is the nearest folder above a file that holds `pyproject.toml`, `setup.py` or
`setup.cfg`; else the top of its git work tree; else the folder the walk started from. Two
services of one monorepo are two projects, and each gets the facts of its own files only.
(os.path, not pathlib: this runs once per folder of a large tree.)
"""

from __future__ import annotations

import os
from collections.abc import Callable

MARKERS = ("pyproject.toml", "setup.py", "setup.cfg")


class ProjectRoots:
    """Project roots of folders, each folder asked about once."""

    def __init__(self) -> None:
        self._marked: dict[str, str | None] = {}  # folder -> nearest marked folder at or above
        self._git: dict[str, str | None] = {}
        # (folder, walked_from) -> root: the files of a folder come one after another, and
        # there are a tenth as many folders as files in a large tree.
        self._roots: dict[tuple[str, str], str] = {}

    def of(self, path: str, walked_from: str) -> str:
        """The project root of the file at real path `path`, found from the real folder
        `walked_from` (the command-line path it was found under)."""
        key = (path.rpartition(os.sep)[0], walked_from)  # a cheap name for the folder
        root = self._roots.get(key)
        if root is None:
            folder = os.path.dirname(path)
            root = self._roots[key] = (
                self._nearest(folder, self._marked, _has_marker)
                or self._nearest(folder, self._git, _is_work_tree_top)
                or walked_from
            )
        return root

    @staticmethod
    def _nearest(
        folder: str, seen: dict[str, str | None], is_root: Callable[[str], bool]
    ) -> str | None:
        asked: list[str] = []
        found: str | None = None
        while True:
            if folder in seen:
                found = seen[folder]
                break
            asked.append(folder)
            if is_root(folder):
                found = folder
                break
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent
        for each in asked:
            seen[each] = found
        return found


def _has_marker(folder: str) -> bool:
    return any(os.path.isfile(os.path.join(folder, name)) for name in MARKERS)


def _is_work_tree_top(folder: str) -> bool:
    return os.path.exists(os.path.join(folder, ".git"))


def covers(argument: str, root: str) -> bool:
    """Whether walking the real folder `argument` reaches every file of the project at `root`."""
    return root == argument or root.startswith(argument.rstrip(os.sep) + os.sep)
