"""Discover stage: paths in, a sorted, deduplicated list of files with their kind out.

- `.gitignore` files (at every level) and default excludes are honoured for files found by
  walking a folder; a file named explicitly on the command line is always taken.
- A symlink is followed only when its target lies inside the root being walked; loops and two
  links to one file are visited once, and each file carries its real path so that a write
  replaces the file, never the link.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from . import lang
from .authoring.text import is_doc_format, text_format

if TYPE_CHECKING:
    import pathspec

DEFAULT_EXCLUDES = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    "node_modules",
    "site-packages",
    "build",
    "dist",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".eggs",
)

VCS_FOLDERS = (".git", ".hg", ".svn")  # skipped even when a config replaces the defaults
PYTHON_SUFFIXES = (".py", ".pyi")


class SourceFile(NamedTuple):
    """A named tuple, not a dataclass: a monorepo walk makes one per file, and sorting
    20,000 of them compared them in Python (measured: a third of the walk)."""

    display: str  # path as shown to the user and in patches (relative where possible)
    real: str  # resolved path: what is read and written
    kind: str  # see kind_of


@dataclass(frozen=True)
class Problem:
    """A path that could not be read, and why. `fatal`: a path the user named is missing."""

    path: str
    cause: str
    fatal: bool = False

    def __str__(self) -> str:
        return f"{self.path}: {self.cause}"


def kind_of(path: str) -> str | None:
    """The kind: python, notebook, config, docs or another language (lang.SUFFIXES); None
    for files this tool does not read."""
    if path.endswith(PYTHON_SUFFIXES):
        return "python"
    if path.endswith(".ipynb"):
        return "notebook"
    language = lang.kind_of(path)
    if language is not None:
        return language
    fmt = text_format(path)
    if fmt is None:
        return None
    return "docs" if is_doc_format(fmt) else "config"


def discover(
    paths: Sequence[str],
    *,
    kinds: frozenset[str] = frozenset({"python"}),
    exclude: Sequence[str] = (),
    cwd: str | None = None,
    default_excludes: bool = True,
) -> tuple[list[SourceFile], list[Problem]]:
    """Return (files, problems). A problem is one line naming a path and the cause.

    Only files of `kinds` are returned: a folder walk passes over the others, and a file of
    another kind named on the command line is a problem."""
    base = Path(cwd or os.getcwd())
    extra = gitignore_spec(exclude) if exclude else None
    problems: list[Problem] = []
    by_real: dict[str, SourceFile] = {}
    for arg in paths:
        root = Path(os.path.normpath(arg if os.path.isabs(arg) else base / arg))
        if not os.path.lexists(root):
            problems.append(Problem(arg, "no such file or directory", fatal=True))
            continue
        anchor = display_anchor(root, base)
        if root.is_dir():
            skip = DEFAULT_EXCLUDES if default_excludes else VCS_FOLDERS
            found: Iterable[SourceFile] = _walk(root, anchor, kinds, skip, extra, problems)
        else:
            found = _explicit_file(root, anchor, kinds, problems)
        for item in found:
            current = by_real.get(item.real)
            # Two links to one file: keep one entry, preferring the shortest plain path.
            if current is None or (len(item.display), item.display) < (
                len(current.display),
                current.display,
            ):
                by_real[item.real] = item
    return sorted(by_real.values()), problems


def display_anchor(root: Path, base: Path) -> Path:
    """What displayed paths (and patch paths) are relative to: the current folder for paths
    inside it; for a path outside it, the folder that contains that path, so that
    `run /srv/repo` shows `repo/pkg/x.py`. A displayed path never starts with `/` or `..`."""
    try:
        root.relative_to(base)
        return base
    except ValueError:
        return root.parent


def display_path(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def _explicit_file(
    path: Path, base: Path, kinds: frozenset[str], problems: list[Problem]
) -> Iterator[SourceFile]:
    kind = kind_of(path.name)
    if kind is None or kind not in kinds:
        hint = " (documentation is read only with --prose)" if kind == "docs" else ""
        problems.append(
            Problem(display_path(path, base), f"not a file kind this run reads{hint}; skipped")
        )
        return
    real = os.path.realpath(path)
    if not os.path.isfile(real):
        cause = f"{special_kind(real)}, not a regular file; skipped"
        problems.append(Problem(display_path(path, base), cause))
        return
    yield SourceFile(display_path(path, base), real, kind)


def special_kind(path: str) -> str:
    """What a path that is not a regular file is, for the line that says it was skipped."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "a broken link"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a folder" if stat.S_ISDIR(mode) else "a special file"


def _walk(
    root: Path,
    base: Path,
    kinds: frozenset[str],
    skip_folders: Sequence[str],
    extra: pathspec.GitIgnoreSpec | None,
    problems: list[Problem],
) -> Iterator[SourceFile]:
    # Plain strings and os.scandir: a monorepo walk visits every entry, and pathlib objects
    # and realpath calls per entry cost more than reading the files (measured).
    top = str(root).rstrip(os.sep) or os.sep
    real_root = os.path.realpath(top)
    prefix = str(base).rstrip(os.sep) + os.sep
    seen_dirs: set[str] = set()
    # Each entry: (folder, its real path, gitignore specs in force there as (folder, spec)).
    stack: list[tuple[str, str, tuple[tuple[str, pathspec.GitIgnoreSpec], ...]]] = [
        (top, real_root, ())
    ]
    while stack:
        folder, real_folder, specs = stack.pop()
        if real_folder in seen_dirs:
            continue
        seen_dirs.add(real_folder)
        try:
            # Unsorted: discover() sorts the files it found once, at the end.
            entries = list(os.scandir(folder))
        except OSError as exc:
            problems.append(
                Problem(_display(folder, prefix), f"cannot list folder: {exc.strerror}")
            )
            continue
        if any(e.name == ".gitignore" for e in entries):  # the listing, not a stat per folder
            specs = specs + _gitignore(folder, problems)
        matching = bool(specs) or extra is not None
        real_prefix = real_folder.rstrip(os.sep) + os.sep
        subfolders = []
        for entry in entries:
            name = entry.name
            try:
                is_dir = entry.is_dir()  # follows symlinks
                is_link = entry.is_symlink()
            except OSError:
                continue
            kind = None if is_dir else "python" if name.endswith(PYTHON_SUFFIXES) else kind_of(name)
            if not is_dir and kind not in kinds:
                if name.endswith(TEMPORARY_SUFFIX) and name.startswith("."):
                    problems.append(Problem(_display(entry.path, prefix), LEFT_BEHIND))
                continue
            if matching and _ignored(entry.path, is_dir, top, specs, extra):
                continue
            real = os.path.realpath(entry.path) if is_link else real_prefix + name
            if is_link and not _inside(real, real_root):
                continue  # never follow a link out of the root
            if is_dir:
                if name not in skip_folders:
                    subfolders.append((entry.path, real))
                continue
            if not (os.path.isfile(real) if is_link else entry.is_file()):
                # A FIFO would block the read forever, a device never end: never opened.
                cause = f"{special_kind(real)}, not a regular file; skipped"
                problems.append(Problem(_display(entry.path, prefix), cause))
                continue
            yield SourceFile(_display(entry.path, prefix), real, kind or "")
        stack.extend((sub, real, specs) for sub, real in sorted(subfolders, reverse=True))


# The writer's temporary files (`.NAME.XXXXXXXX.claude-migrate`, beside NAME). One is left
# only when a run was killed between writing it and renaming it over NAME, so NAME is whole;
# it is reported, not removed: another run may be writing it this very moment.
TEMPORARY_SUFFIX = ".claude-migrate"
LEFT_BEHIND = (
    "a temporary file an interrupted claude-migrate write left behind (the file beside it "
    "was not touched); delete it"
)


def _display(path: str, prefix: str) -> str:
    return path[len(prefix) :] if path.startswith(prefix) else path


def _gitignore(
    folder: str, problems: list[Problem]
) -> tuple[tuple[str, pathspec.GitIgnoreSpec], ...]:
    path = os.path.join(folder, ".gitignore")
    if not os.path.isfile(path):
        return ()
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError as exc:
        problems.append(Problem(path, f"cannot read: {exc.strerror}"))
        return ()
    return ((folder, gitignore_spec(lines)),)


def _ignored(
    path: str,
    is_dir: bool,
    root: str,
    specs: Sequence[tuple[str, pathspec.GitIgnoreSpec]],
    extra: pathspec.GitIgnoreSpec | None,
) -> bool:
    suffix = "/" if is_dir else ""
    if extra is not None and extra.match_file(path[len(root) + 1 :] + suffix):
        return True
    # As in git, the deepest .gitignore with a matching pattern (or `!` negation) decides.
    for owner, spec in reversed(specs):
        verdict: bool | None = spec.check_file(path[len(owner) + 1 :] + suffix).include
        if verdict is not None:
            return verdict
    return False


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def gitignore_spec(lines: Iterable[str]) -> pathspec.GitIgnoreSpec:
    """git's matching of .gitignore-style patterns, from pathspec."""
    import pathspec  # only once there are patterns: the import costs more than a small scan

    return pathspec.GitIgnoreSpec.from_lines(lines)
