"""Asking git a question never runs the repository's own commands, and a ref is never an option."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from pinned_target import RUN_PINNED

OLD = b'MODEL = "claude-3-5-sonnet-20241022"\n'


def git(*args: str, cwd: Path) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    subprocess.run(["git", *args], cwd=cwd, check=True, env=env, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    git("init", "-q", cwd=root)
    (root / "app.py").write_bytes(OLD)
    (root / ".gitattributes").write_text("*.py filter=evil\n")
    git("add", ".", cwd=root)
    git("commit", "-qm", "init", cwd=root)
    return root


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*RUN_PINNED, "--no-cache", *args, "."], cwd=cwd, capture_output=True)


def test_write_runs_neither_fsmonitor_nor_a_filter(repo: Path) -> None:
    git("config", "core.fsmonitor", "touch ../ran-fsmonitor; false", cwd=repo)
    git("config", "filter.evil.clean", "touch ../ran-filter; cat", cwd=repo)
    os.utime(repo / "app.py", (1, 1))  # a stat change: git would run the clean filter to compare
    os.utime(repo / "app.py")
    assert run("--write", cwd=repo).returncode == 0
    assert not (repo.parent / "ran-fsmonitor").exists()
    assert not (repo.parent / "ran-filter").exists()
    assert (repo / "app.py").read_bytes() != OLD


def test_the_clean_check_still_sees_uncommitted_changes(repo: Path) -> None:
    (repo / "other.py").write_text("x = 1\n")
    result = run("--write", cwd=repo)
    assert result.returncode == 2 and b"uncommitted changes (other.py)" in result.stderr


def test_a_ref_that_looks_like_an_option_is_refused(repo: Path) -> None:
    result = run("--changed-since=--output=LEAK", cwd=repo)
    assert result.returncode == 2 and b"cannot start with '-'" in result.stderr
    assert not (repo / "LEAK").exists()


def test_changed_since_a_ref_still_works(repo: Path) -> None:
    (repo / "new.py").write_bytes(OLD)
    out = run("--changed-since", "HEAD", cwd=repo).stdout
    assert b"+++ b/new.py" in out and b"+++ b/app.py" not in out
