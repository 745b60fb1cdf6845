"""Monorepo features: the content cache, shards, the memory limit."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

CALL = 'client.messages.create(model="claude-3-5-sonnet-20241022", max_tokens=10, messages=[])\n'


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    if args and args[0] == "run":  # -v: the run in figures, which `stats` reads
        args = ("run", "-v", *args[1:])
    return subprocess.run(
        [sys.executable, "-m", "claude_migrate", *args], cwd=cwd, capture_output=True, text=True
    )


def stats(result: subprocess.CompletedProcess[str]) -> dict[str, int]:
    line = next(text for text in result.stderr.splitlines() if text.startswith("files: "))
    return {
        name: int(n) for n, name in re.findall(r"(\d+) (scanned|parsed|from cache|changed)", line)
    }


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for i in range(12):
        (tmp_path / f"m{i:02}.py").write_text(CALL if i % 3 == 0 else f"x = {i}\n")
    return tmp_path


def test_warm_run_parses_nothing_and_prints_the_same(tree: Path) -> None:
    cold = cli("run", ".", cwd=tree)
    warm = cli("run", ".", cwd=tree)
    assert stats(cold)["parsed"] == 4 and stats(cold)["from cache"] == 0
    assert stats(warm)["parsed"] == 0 and stats(warm)["from cache"] == 4
    assert warm.stdout == cold.stdout


def test_cache_misses_on_edits_and_on_other_options(tree: Path) -> None:
    cli("run", ".", cwd=tree)
    (tree / "m00.py").write_text(CALL + "y = 1\n")
    assert stats(cli("run", ".", cwd=tree))["parsed"] == 1
    assert stats(cli("run", "--prose", ".", cwd=tree))["parsed"] == 4


def test_concurrent_runs_share_the_cache(tree: Path, user_folders: Path) -> None:
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "claude_migrate", "run", "."],
            cwd=tree,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(4)
    ]
    outputs = [r.communicate()[0] for r in runs]
    assert all(r.returncode == 0 for r in runs)
    assert len(set(outputs)) == 1
    assert list((user_folders / "cache").rglob("*.entry"))
    assert not list((user_folders / "cache").rglob("*.tmp"))


def test_write_after_a_cached_dry_run_writes_the_right_bytes(tree: Path) -> None:
    cli("run", "--to", "4.5", ".", cwd=tree)
    assert cli("run", "--to", "4.5", "--write", ".", cwd=tree).returncode == 0
    assert (tree / "m00.py").read_text() == CALL.replace(
        "claude-3-5-sonnet-20241022", "claude-sonnet-4-5-20250929"
    )


def test_shards_split_the_files_and_cover_them_all(tree: Path) -> None:
    seen = []
    for k in (1, 2, 3):
        out = cli("run", "--no-cache", "--shard", f"{k}/3", ".", cwd=tree).stdout
        seen.append({line[6:] for line in out.splitlines() if line.startswith("+++ b/")})
    assert set().union(*seen) == {"m00.py", "m03.py", "m06.py", "m09.py"}
    assert sum(len(s) for s in seen) == 4
    assert cli("run", "--shard", "4/3", ".", cwd=tree).returncode == 2


def test_shards_still_see_project_wide_facts(tmp_path: Path) -> None:
    (tmp_path / "a_tools.py").write_text(
        'TOOLS = [{"type": "text_editor_20250124", "name": "str_replace_editor"}]\n'
    )
    (tmp_path / "b_loop.py").write_text(
        'def f(block):\n    return block.name == "str_replace_editor"\n'
    )
    outputs = [
        cli("run", "--no-cache", "--shard", f"{k}/4", ".", cwd=tmp_path).stdout
        for k in (1, 2, 3, 4)
    ]
    assert (
        sum('+    return block.name == "str_replace_based_edit_tool"' in out for out in outputs)
        == 1
    )


def test_a_file_too_large_for_the_memory_limit_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "big.py").write_text(CALL + "x = 1\n" * 100_000)
    result = cli("run", "--max-memory", "16", "big.py", cwd=tmp_path)
    assert result.returncode == 0
    assert "big.py: skipped: too large to parse within 16 MiB" in result.stderr


def test_the_parallel_scan_finds_what_the_serial_one_does(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claude_migrate import pipeline, registry
    from claude_migrate.authoring.codemod import RunOptions
    from claude_migrate.discover import discover

    (tree / "unreadable.py").write_text(CALL)
    (tree / "unreadable.py").chmod(0)
    monkeypatch.chdir(tree)
    files, _ = discover(["."])
    plan = pipeline.Plan(codemods=registry.select((5, 0)), options=RunOptions(target=(5, 0)))

    def scanned(jobs: int) -> list[tuple[str, str]]:
        found = pipeline.scan(
            files, plan, pipeline.RunSettings(jobs=jobs), pipeline.ScanStats(), {}
        )
        return [(item.file.display if isinstance(item, pipeline.Candidate) else item.path,
                 type(item).__name__) for item in found]  # fmt: skip

    serial = scanned(1)
    monkeypatch.setattr(pipeline, "PARALLEL_SCAN_FILES", 2)
    monkeypatch.setattr(pipeline, "SCAN_CHUNK", 3)
    assert scanned(2) == serial
    assert ("m00.py", "Candidate") in serial and ("m01.py", "Candidate") not in serial


def test_files_turned_away_before_are_not_read_again(
    tree: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from claude_migrate import pipeline, registry, seen_index
    from claude_migrate.authoring.codemod import RunOptions
    from claude_migrate.cache import Cache
    from claude_migrate.discover import discover

    # The files were written a moment ago, inside the window where a second write could go
    # unseen; this test is about what happens after it.
    monkeypatch.setattr(seen_index, "RACY_SECONDS", -60)
    monkeypatch.chdir(tree)
    files, _ = discover(["."])
    plan = pipeline.Plan(codemods=registry.select((5, 0)), options=RunOptions(target=(5, 0)))
    settings = pipeline.RunSettings(cache=Cache(str(tmp_path_factory.mktemp("cache"))))
    read: list[str] = []
    real_read = pipeline.read_with_signature

    def counting(path: str) -> tuple[bytes, seen_index.Signature]:
        read.append(os.path.basename(path))
        return real_read(path)

    monkeypatch.setattr(pipeline, "read_with_signature", counting)

    def candidates() -> list[str]:
        read.clear()
        found = pipeline.scan(files, plan, settings, pipeline.ScanStats(), {})
        return [item.file.display for item in found if isinstance(item, pipeline.Candidate)]

    first = candidates()
    assert len(read) == 12
    assert candidates() == first and sorted(read) == first  # only the candidates were read
    # A file that gains a trigger is read again: writing it changes its signature.
    (tree / "m01.py").write_text(CALL)
    assert "m01.py" in candidates() and "m01.py" in read


def test_a_file_changed_just_now_is_not_recorded(tmp_path: Path) -> None:
    import os

    from claude_migrate import seen_index
    from claude_migrate.cache_store import Store

    (tmp_path / "fresh.py").write_text("x = 1\n")
    index = seen_index.SeenIndex(Store(str(tmp_path / "cache")), [b"claude-"])
    sig = seen_index.signature(os.stat(tmp_path / "fresh.py"))
    index.record(str(tmp_path / "fresh.py"), sig)
    index.save()
    again = seen_index.SeenIndex(Store(str(tmp_path / "cache")), [b"claude-"])
    assert again.unchanged([str(tmp_path / "fresh.py")]) == set()


def test_a_cache_entry_keeps_the_result_and_a_damaged_one_is_ignored(tmp_path: Path) -> None:
    from claude_migrate.cache import Cache
    from claude_migrate.results import Change, FileResult, Finding, Status

    store = Cache(str(tmp_path))
    old, new = b"MODEL = 'claude-3-haiku-20240307'\n", b"MODEL = 'claude-haiku-4-5'\n\x00\xff\n"
    result = FileResult(
        "m.py",
        Status.CHANGED,
        changes=(Change(1, 9, "CM201", "model"),),
        findings=(Finding(1, 1, "CM212", "note\nwith a line break"),),
        old_bytes=old,
        new_bytes=new,
        real_path="/r/m.py",
        hunks="@@ -1 +1 @@\n",
    )
    store.put("k" * 64, result)
    assert store.get("k" * 64, "m.py", "/r/m.py", old) == result
    (entry,) = tmp_path.rglob("*.entry")
    whole = entry.read_bytes()
    for damaged in (whole[:-1], whole.replace(b'"hunks": "', b'"hunks": 1, "x": "'), b"\x00"):
        entry.write_bytes(damaged)
        assert store.get("k" * 64, "m.py", "/r/m.py", old) is None


def test_the_seen_index_keeps_its_entries_and_a_damaged_one_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from claude_migrate import seen_index
    from claude_migrate.cache_store import Store

    monkeypatch.setattr(seen_index, "RACY_SECONDS", -60)  # as if written a while ago
    paths = [str(tmp_path / f"old{n}.py") for n in range(3)]
    for path in paths:
        Path(path).write_text("x = 1\n")
    index = seen_index.SeenIndex(Store(str(tmp_path / "cache")), [b"claude-"])
    for path in paths:
        index.record(path, seen_index.signature(os.stat(path)))
    index.forget(paths[2:])
    index.save()
    again = seen_index.SeenIndex(Store(str(tmp_path / "cache")), [b"claude-"])
    assert again.unchanged([*paths, str(tmp_path / "other.py")]) == set(paths[:2])
    Path(paths[0]).write_text("x = 2\n")
    assert again.unchanged(paths) == {paths[1]}
    stored_at = tmp_path / "cache" / again.name
    stored = stored_at.read_bytes()
    for damaged in (stored[:-3], stored[:40], b"junk"):
        stored_at.write_bytes(damaged)
        assert (
            seen_index.SeenIndex(Store(str(tmp_path / "cache")), [b"claude-"]).unchanged(paths)
            == set()
        )


def test_the_plan_key_does_not_depend_on_string_hashing() -> None:
    """Two review-level codes in report_only: the key must be the same in every process."""
    script = (
        "from claude_migrate.pipeline import Plan, _plan_key\n"
        "from claude_migrate.authoring import RunOptions\n"
        "codes = frozenset(f'CM{n}' for n in range(300, 340))\n"
        "print(_plan_key(Plan((), RunOptions(target=(5, 5), report_only=codes))))\n"
    )
    keys = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(keys) == 1


def test_a_run_over_several_projects_loads_and_saves_the_seen_index_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each small project under a tree is a group of its own; they share the run's index, so
    it is written once and holds every group's files (not only the last one's)."""
    from claude_migrate import cache_store, pipeline, runner, seen_index
    from claude_migrate.cache import Cache
    from claude_migrate.pipeline import RunSettings, ScanStats

    monkeypatch.setattr(seen_index, "RACY_SECONDS", -60)  # as if written a while ago
    for project in ("a", "b", "c"):
        (tmp_path / project).mkdir()
        (tmp_path / project / "pyproject.toml").write_text("[project]\nname = 'x'\n")
        for n in range(3):
            (tmp_path / project / f"m{n}.py").write_text(CALL if n == 0 else f"x = {n}\n")
    written: list[str] = []
    real_write = cache_store.Store.write

    def counting(self: cache_store.Store, name: str, chunks: object) -> None:
        written.append(name)
        real_write(self, name, chunks)  # type: ignore[arg-type]

    monkeypatch.setattr(cache_store.Store, "write", counting)
    monkeypatch.chdir(tmp_path)
    settings = RunSettings(cache=Cache(str(tmp_path / "cache")))

    def run() -> ScanStats:
        groups, _ = runner.prepare(runner.Request(paths=(".",)))
        assert len(groups) == 3
        stats = ScanStats()
        list(runner.results(groups, settings, stats))
        return stats

    run()
    assert sum(name.endswith(".index") for name in written) == 1
    read: list[str] = []
    real_read = pipeline.read_with_signature

    def reading(path: str) -> tuple[bytes, seen_index.Signature]:
        read.append(os.path.relpath(path, tmp_path))
        return real_read(path)

    monkeypatch.setattr(pipeline, "read_with_signature", reading)
    run()  # every group's files without triggers turned away unread
    assert sorted(read) == [os.path.join(p, "m0.py") for p in "abc"]
