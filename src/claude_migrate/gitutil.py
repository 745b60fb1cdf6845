"""The few git questions the command line asks: which files changed since a ref, and is the
work tree clean before --write. git is run as a subprocess; nothing else of git is needed."""

from __future__ import annotations

import os
import subprocess


class GitError(Exception):
    pass


def _git(folder: str, *args: str) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", folder, *args], capture_output=True, text=True, check=False
        )
    except FileNotFoundError as exc:
        raise GitError("git is not installed") from exc
    if done.returncode != 0:
        raise GitError(done.stderr.strip() or f"git {' '.join(args)} failed")
    return done.stdout


def repo_root(path: str) -> str | None:
    folder = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
    try:
        return os.path.realpath(_git(folder, "rev-parse", "--show-toplevel").strip())
    except GitError:
        return None


def changed_since(root: str, ref: str) -> set[str]:
    """Real paths of the files that differ from `ref` (committed or not), plus new files."""
    changed = _git(root, "diff", "--name-only", "-z", ref, "--").split("\0")
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z").split("\0")
    return {os.path.realpath(os.path.join(root, name)) for name in (*changed, *untracked) if name}


def dirty_files(root: str) -> list[str]:
    return [line[3:] for line in _git(root, "status", "--porcelain").splitlines() if line]
