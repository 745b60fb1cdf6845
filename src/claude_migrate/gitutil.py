"""The few git questions the command line asks: which files changed since a ref, and is the
work tree clean before --write. git is run as a subprocess; nothing else of git is needed.

The repository may be someone else's, and its config can name commands that git runs on its
own: `core.fsmonitor` on every status, diff and ls-files, a filter driver's `clean` or
`process` when git compares a file whose stat changed, an external diff or textconv. Every
call turns these off, so asking git a question never runs the repository's code.
"""

from __future__ import annotations

import os
import subprocess

_QUIET = ("-c", "core.fsmonitor=false", "-c", "core.untrackedCache=false")


class GitError(Exception):
    pass


def _run(folder: str, args: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            ["git", "-C", folder, *args],
            capture_output=True,
            text=True,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError as exc:
        raise GitError("git is not installed") from exc


def _git(folder: str, *args: str, compares: bool = True) -> str:
    """`compares`: the command looks at file contents, so filter drivers could run."""
    done = _run(folder, (*_QUIET, *(_no_filters(folder) if compares else ()), *args))
    if done.returncode != 0:
        raise GitError(done.stderr.strip() or f"git {' '.join(args)} failed")
    return done.stdout


def _no_filters(folder: str) -> tuple[str, ...]:
    """`-c filter.NAME.clean= -c filter.NAME.process=` for every filter driver configured:
    an empty command is no filter. Reading the config runs nothing."""
    listed = _run(
        folder, (*_QUIET, "config", "--null", "--name-only", "--get-regexp", r"^filter\.")
    )
    names = {n.rpartition(".")[0] for n in listed.stdout.split("\0") if n.count(".") >= 2}
    return tuple(
        arg for n in sorted(names) for key in ("clean", "process") for arg in ("-c", f"{n}.{key}=")
    )


def repo_root(path: str) -> str | None:
    folder = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
    try:
        return os.path.realpath(
            _git(folder, "rev-parse", "--show-toplevel", compares=False).strip()
        )
    except GitError:
        return None


def check_ref(ref: str) -> None:
    """A ref that starts with `-` would be read by git as an option (`--output=FILE`)."""
    if not ref or ref.startswith("-"):
        raise GitError(f"{ref!r} is not a git ref (a ref cannot start with '-')")


def changed_since(root: str, ref: str) -> set[str]:
    """Real paths of the files that differ from `ref` (committed or not), plus new files."""
    check_ref(ref)
    changed = _git(
        root,
        "diff",
        "--name-only",
        "-z",
        "--no-ext-diff",
        "--no-textconv",
        "--end-of-options",
        ref,
        "--",
    ).split("\0")
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z").split("\0")
    return {os.path.realpath(os.path.join(root, name)) for name in (*changed, *untracked) if name}


def dirty_files(root: str) -> list[str]:
    return [line[3:] for line in _git(root, "status", "--porcelain").splitlines() if line]
