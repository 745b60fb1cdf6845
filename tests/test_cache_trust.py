"""A cache entry can only speed up what would happen anyway.

Each case fills the cache with a real run, then replaces what is stored the way someone who
can write to the cache folder could (the key is built from public data), and checks that
`--check` reports and `--write` writes exactly what a `--no-cache` run does.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pinned_target import RUN_PINNED

APP = b'import anthropic\nMODEL = "claude-3-5-sonnet-20241022"\ndef pick():\n    return MODEL\n'
GATE = b'import anthropic\nMODEL = "claude-3-opus-20240229"\n'


def run(*args: str, cwd: Path, cache: Path | None) -> subprocess.CompletedProcess[bytes]:
    where = ("--cache-dir", str(cache)) if cache is not None else ("--no-cache",)
    return subprocess.run(
        [*RUN_PINNED, *where, "-v", "-j", "1", *args, "."],
        cwd=cwd,
        capture_output=True,
        timeout=120,  # a FIFO opened for reading would wait for a writer forever
    )


def make_tree(root: Path) -> Path:
    root.mkdir()
    (root / "app.py").write_bytes(APP)
    (root / "gate.py").write_bytes(GATE)
    return root


def entries(cache: Path) -> list[Path]:
    found = sorted(cache.rglob("*.entry"))
    assert len(found) == 2
    return found


# Entries end with a 32-byte signature; the tamperings keep the layout (and the old
# signature), as someone who read the source would.
TAG = 32
UNCHANGED = (
    b'{"status": "unchanged", "changes": [], "findings": [], "error": null, "new": null,'
    b' "encoding": "utf-8", "cells": [], "hunks": null}\n'
)


def lying_bytes(entry: Path) -> None:
    """Keep the header (the hunks shown), put other bytes after it, the length adjusted."""
    whole = entry.read_bytes()
    header, _, new = whole[:-TAG].partition(b"\n")
    evil = new + b'import os; os.system("echo PWNED")\n'
    fields = json.loads(header)
    if fields["new"] is not None:
        fields["new"] = len(evil)
    entry.write_bytes(json.dumps(fields).encode() + b"\n" + evil + whole[-TAG:])


def unchanged_verdict(entry: Path) -> None:
    entry.write_bytes(UNCHANGED + entry.read_bytes()[-TAG:])


def same_length_corruption(entry: Path) -> None:
    whole = entry.read_bytes()
    if b"def pick():" in whole[-TAG - 40 :]:  # in the new bytes, not in the hunks
        entry.write_bytes(whole.replace(b"def pick():", b"def (  ) =:"))
    else:
        entry.write_bytes(whole[: -TAG - 1] + bytes([whole[-TAG - 1] ^ 1]) + whole[-TAG:])


def truncated(entry: Path) -> None:
    entry.write_bytes(entry.read_bytes()[:-7])


def fifo(entry: Path) -> None:
    entry.unlink()
    os.mkfifo(entry)


def dev_zero(entry: Path) -> None:
    entry.unlink()
    entry.symlink_to("/dev/zero")


def signed_elsewhere(entry: Path) -> None:
    """A well-formed entry signed with another machine's key, carrying an unchanged verdict."""
    from claude_migrate.cache_store import Store

    cache, name = entry.parent.parent, f"{entry.parent.name}/{entry.name}"
    other = Store(str(cache), keys=str(entry.parent.parent.parent / "other-keys"))
    entry.unlink()
    other.write(name, [UNCHANGED])


TAMPERINGS: list[Callable[[Path], None]] = [
    lying_bytes,
    unchanged_verdict,
    same_length_corruption,
    truncated,
    fifo,
    dev_zero,
    signed_elsewhere,
]


@pytest.fixture(scope="module")
def honest(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict[str, bytes]]:
    """What a run without a cache reports under --check, and what --write writes."""
    base = tmp_path_factory.mktemp("honest")
    check = run("--check", "--format", "json", cwd=make_tree(base / "check"), cache=None)
    tree = make_tree(base / "write")
    assert run("--write", cwd=tree, cache=None).returncode == 0
    return check.stdout, {p.name: p.read_bytes() for p in tree.iterdir()}


@pytest.mark.parametrize("tamper", TAMPERINGS, ids=lambda t: t.__name__)
def test_a_tampered_entry_changes_nothing(
    tamper: Callable[[Path], None], honest: tuple[bytes, dict[str, bytes]], tmp_path: Path
) -> None:
    expected_report, expected_files = honest
    cache = tmp_path / "cache"
    tree = make_tree(tmp_path / "tree")
    assert run(cwd=tree, cache=cache).returncode == 0  # fills the cache
    for entry in entries(cache):
        tamper(entry)
    checked = run("--check", "--format", "json", cwd=tree, cache=cache)
    assert checked.returncode == 1
    assert checked.stdout == expected_report
    assert b"cache: ignored" in checked.stderr and b"recomputed" in checked.stderr
    for entry in entries(cache):  # the recomputed results replaced what was planted
        tamper(entry)
    assert run("--write", cwd=tree, cache=cache).returncode == 0
    assert {p.name: p.read_bytes() for p in tree.iterdir()} == expected_files


def test_an_honest_entry_is_used(tmp_path: Path) -> None:
    """The mirror case: an entry this user's key signed answers the next run."""
    cache, tree = tmp_path / "cache", make_tree(tmp_path / "tree")
    cold = run(cwd=tree, cache=cache)
    warm = run(cwd=tree, cache=cache)
    assert b"2 from cache" in warm.stderr and b"cache: ignored" not in warm.stderr
    assert warm.stdout == cold.stdout


def test_a_planted_seen_index_hides_no_file(tmp_path: Path) -> None:
    """An index of files without triggers, signed elsewhere, that lists both files (with
    their true stat signatures): both are still read and reported."""
    from claude_migrate import registry, seen_index
    from claude_migrate.cache_store import Store

    cache, tree = tmp_path / "cache", make_tree(tmp_path / "tree")
    chosen = registry.select((4, 5))
    strong, weak = (
        [t for c in chosen for t in c.triggers],
        [t for c in chosen for t in c.weak_triggers],
    )
    planted = seen_index.SeenIndex(Store(str(cache), keys=str(tmp_path / "k")), strong, weak)
    for name in ("app.py", "gate.py"):
        path = (tree / name).resolve()
        planted._changes[str(path)] = seen_index.signature(path.stat())
    planted.save()
    assert (cache / planted.name).is_file()
    checked = run("--check", cwd=tree, cache=cache)
    assert checked.returncode == 1 and b"2 changed" in checked.stderr
    assert f"cache: ignored {planted.name}".encode() in checked.stderr


def test_the_cache_is_written_through_no_link(tmp_path: Path) -> None:
    tree = make_tree(tmp_path / "tree")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "cache").symlink_to(elsewhere)
    result = run(cwd=tree, cache=tmp_path / "cache")
    assert result.returncode == 0 and b"cache: off" in result.stderr
    assert list(elsewhere.iterdir()) == []
    # A link planted as the folder's .gitignore is replaced, its target never created.
    real = tmp_path / "real-cache"
    real.mkdir()
    (real / ".gitignore").symlink_to(tmp_path / "victim")
    assert run(cwd=tree, cache=real).returncode == 0
    assert not (tmp_path / "victim").exists()
    assert not (real / ".gitignore").is_symlink()


def test_an_empty_gitignore_left_by_a_full_disk_is_rewritten(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    tree = make_tree(tmp_path / "tree")
    cache = tmp_path / "cache-in-tree"
    cache.mkdir()
    (cache / ".gitignore").write_bytes(b"")
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t"}
    env["GIT_COMMITTER_EMAIL"] = "t@t"
    subprocess.run(["git", "add", "tree"], cwd=tmp_path, check=True)
    subprocess.run(
        ["git", "commit", "-qm", "t"], cwd=tmp_path, check=True, env={**os.environ, **env}
    )
    assert run(cwd=tree, cache=cache).returncode == 0  # a dry run stores entries
    assert b"*" in (cache / ".gitignore").read_bytes()
    assert run("--write", cwd=tree, cache=cache).returncode == 0


def test_a_dry_run_writes_nothing_into_the_tree(tmp_path: Path, user_folders: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path / "theirs")], check=True)
    tree = make_tree(tmp_path / "theirs" / "src")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if ".git" not in p.parts)
    result = subprocess.run([*RUN_PINNED, str(tmp_path / "theirs")], cwd=tree, capture_output=True)
    assert result.returncode == 0 and b"+MODEL" in result.stdout
    after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if ".git" not in p.parts)
    assert after == before
    assert list((user_folders / "cache" / "claude-migrate" / "projects").glob("theirs-*"))


def test_the_cache_key_follows_the_rules_in_every_engine_folder() -> None:
    # A rule of another language (lang/) or a base shared by two sets (codemods/common/)
    # changes what a file gives: an entry made before the change must not be used after it.
    from claude_migrate import cache

    folders = {Path(f) for f in cache.source_folders()}
    engine = Path(cache.__file__).parent
    assert {engine, engine / "lang", engine / "authoring"} <= folders
    assert any(f.name == "common" and f.parent.name == "codemods" for f in folders)
    assert not any(f.name == "__pycache__" for f in folders)
