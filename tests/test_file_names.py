"""File names of every kind: not UTF-8, with a tab, CR, LF, quote, backslash or space. Every
output mode names them on one line, escaped; every patch printed is one `git apply` accepts,
its headers quoted as git quotes them; `--write` migrates them all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claude_migrate.diffing import headers
from claude_migrate.names import git_quoted, shown

OLD = "claude-3-haiku-20240307"
NEW = "claude-haiku-4-5-20251001"
GOOD = f'MODEL = "{OLD}"\n'
ODD_NAMES = [
    os.fsdecode(b"caf\xe9.py"),  # Latin-1, not UTF-8
    "caf\u00e9.py",
    "new\nname.py",
    "tab\tname.py",
    "cr\rname.py",
    'quote"name.py',
    "back\\slash.py",
    "with space.py",
    "ctl\x01\x7f.py",
    os.fsdecode(b"sub \xff/inner.py"),
]
needs_bytes_names = pytest.mark.skipif(
    sys.platform == "win32" or sys.getfilesystemencoding() != "utf-8",
    reason="names that are not UTF-8 need a POSIX file system",
)


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "claude_migrate", "run", "--to", "4.5", "--no-cache", *args],
        cwd=cwd,
        capture_output=True,
    )


def git(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    for name in [*ODD_NAMES, "ok.py"]:
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(GOOD)
    git("init", "-q", cwd=tmp_path)
    git("add", "-A", cwd=tmp_path)
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "start", cwd=tmp_path)
    return tmp_path


@needs_bytes_names
def test_a_printed_patch_applies_with_git_for_every_name(repo: Path) -> None:
    result = cli(".", cwd=repo)
    assert result.returncode == 0, result.stderr
    patch = repo.parent / "names.patch"
    patch.write_bytes(result.stdout)
    check = git("apply", "--check", str(patch), cwd=repo)
    assert check.returncode == 0, check.stderr
    git("apply", str(patch), cwd=repo)
    for name in [*ODD_NAMES, "ok.py"]:
        assert (repo / name).read_text() == GOOD.replace(OLD, NEW), repr(name)


@needs_bytes_names
def test_headers_are_git_s_own(repo: Path) -> None:
    (repo / "ok.py").write_text(GOOD + "X = 1\n")
    for name in ODD_NAMES:
        (repo / name).write_text(GOOD + "X = 1\n")
    ours = {line for line in cli(".", cwd=repo).stdout.splitlines() if line.startswith(b"---")}
    theirs = {line for line in git("diff", cwd=repo).stdout.splitlines() if line.startswith(b"---")}
    assert ours == theirs


@needs_bytes_names
@pytest.mark.parametrize("fmt", ["diff", "json", "sarif", "github", "markdown"])
def test_every_output_mode_names_odd_files_escaped_on_one_line(repo: Path, fmt: str) -> None:
    result = cli("--format", fmt, ".", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    out = result.stdout.decode("ascii" if fmt == "diff" else "utf-8")  # raises if raw bytes leak
    if fmt == "json":
        paths = {f["path"] for f in json.loads(out)["files"]}
        assert paths == {shown(n) for n in [*ODD_NAMES, "ok.py"]}
    if fmt == "github":
        files = [line for line in out.splitlines() if "title=claude-migrate::" not in line]
        assert len(files) == len(ODD_NAMES) + 1  # one annotation each, none split


@needs_bytes_names
def test_write_migrates_every_name_and_failures_name_them_escaped(repo: Path) -> None:
    broken = repo / os.fsdecode(b"bad\xe9\n.py")
    broken.write_text(f'M = "{OLD}"\ndef (:\n')
    result = cli("--write", "--allow-dirty", ".", cwd=repo)
    assert result.returncode == 1
    for name in [*ODD_NAMES, "ok.py"]:
        assert (repo / name).read_text() == GOOD.replace(OLD, NEW), repr(name)
    about = [line for line in result.stderr.decode().splitlines() if "syntax error" in line]
    assert about and about[0].startswith("bad\\xe9\\n.py: ")


def test_git_quoting_follows_git_s_rules() -> None:
    assert git_quoted("a/plain-name_1.py") == "a/plain-name_1.py"
    assert git_quoted("a/with space.py") == "a/with space.py"
    assert git_quoted("a/new\nname.py") == '"a/new\\nname.py"'
    assert git_quoted('a/q"b\\c\t.py') == '"a/q\\"b\\\\c\\t.py"'
    assert git_quoted("a/caf\u00e9.py") == '"a/caf\\303\\251.py"'
    assert git_quoted(os.fsdecode(b"a/caf\xe9.py")) == '"a/caf\\351.py"'
    assert git_quoted("a/x\x01\x7f") == '"a/x\\001\\177"'
    # git ends a name holding a space with a tab, which tells patch where the name stops.
    assert headers("with space.py") == "--- a/with space.py\t\n+++ b/with space.py\t\n"


def test_shown_names_are_one_printable_line() -> None:
    assert shown("plain/caf\u00e9.py") == "plain/caf\u00e9.py"
    assert shown(os.fsdecode(b"caf\xe9.py")) == "caf\\xe9.py"
    assert shown("a\tb\nc\rd\x01") == "a\\tb\\nc\\rd\\x01"
