"""The run's one pool of workers: started once, only when files will be parsed or the tree is
large enough to be scanned in parallel, and warmed while the scan goes on."""

from __future__ import annotations

import concurrent.futures
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from claude_migrate import pipeline, registry
from claude_migrate.authoring.options import RunOptions
from claude_migrate.cache import Cache
from claude_migrate.discover import discover
from claude_migrate.results import Status

CALL = 'MODEL = "claude-3-5-sonnet-20241022"\n'


class _Counted(concurrent.futures.ProcessPoolExecutor):
    started: list[dict[str, Any]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _Counted.started.append(kwargs)
        super().__init__(*args, **kwargs)


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    _Counted.started = []
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _Counted)
    return _Counted.started


def run(root: Path, cache: Cache | None = None) -> dict[str, Status]:
    files, _ = discover([str(root)])
    plan = pipeline.Plan(codemods=registry.select((4, 5)), options=RunOptions(target=(4, 5)))
    settings = pipeline.RunSettings(jobs=2, cache=cache)
    found = pipeline.run(files, plan, settings, pipeline.ScanStats())
    return {Path(r.path).name: r.status for r in found}


def tree(root: Path, claude: int, plain: int) -> Path:
    for i in range(claude):
        (root / f"c{i:02}.py").write_text(CALL)
    for i in range(plain):
        (root / f"p{i:02}.py").write_text(f"x = {i}\n")
    return root


def test_a_large_tree_is_scanned_and_parsed_by_one_pool(
    tmp_path: Path, pools: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_SCAN_FILES", 2)
    monkeypatch.setattr(pipeline, "SCAN_CHUNK", 3)
    results = run(tree(tmp_path, 4, 8))
    assert sorted(results) == ["c00.py", "c01.py", "c02.py", "c03.py"]
    assert set(results.values()) == {Status.CHANGED}
    assert len(pools) == 1
    # Capped from the start: the scan runs in the workers that parse.
    assert pools[0]["initargs"][0] == pipeline.RunSettings().max_memory


def test_a_small_tree_warms_its_workers_as_soon_as_two_files_will_be_parsed(
    tmp_path: Path, pools: list[dict[str, Any]]
) -> None:
    results = run(tree(tmp_path, 3, 3))
    assert set(results.values()) == {Status.CHANGED}
    assert len(pools) == 1
    warmed = pools[0]["initargs"][1]
    assert "claude_migrate.transform" in warmed
    assert any(name.startswith("claude_migrate.codemods.v4_5.") for name in warmed)


def test_no_worker_for_a_tree_without_candidates_or_with_one(
    tmp_path: Path, pools: list[dict[str, Any]]
) -> None:
    assert run(tree(tmp_path, 0, 6)) == {}
    assert run(tree(tmp_path, 1, 6)) == {"c00.py": Status.CHANGED}
    assert pools == []


def test_no_worker_when_the_cache_answers_every_candidate(
    tmp_path: Path, pools: list[dict[str, Any]]
) -> None:
    cache = Cache(str(tmp_path / "cache"))
    (tmp_path / "work").mkdir()
    work = tree(tmp_path / "work", 3, 3)
    first = run(work, cache)
    assert len(pools) == 1
    assert run(work, cache) == first
    assert len(pools) == 1  # the second run parsed nothing and started nothing


def test_warming_imports_the_modules() -> None:
    probe = (
        "import sys\n"
        "from claude_migrate import worker\n"
        "assert 'libcst' not in sys.modules\n"
        "worker.warm(['claude_migrate.transform'])\n"
        "assert 'libcst' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_later_groups_single_file_goes_to_the_running_workers(
    tmp_path: Path, pools: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file alone is parsed in this process only while no worker is up: once an earlier
    group has started them (LibCST imported there), it goes to them instead of importing
    LibCST and the codemods here too."""
    from claude_migrate import runner

    for project, claude in (("a", 3), ("b", 1)):
        (tmp_path / project).mkdir()
        tree(tmp_path / project, claude, 2)
        (tmp_path / project / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    here: list[str] = []
    real = pipeline._serially

    def in_this_process(item: Any, plan: pipeline.Plan, max_memory: int) -> Any:
        if isinstance(item, pipeline.Candidate):
            here.append(item.file.display)
        return real(item, plan, max_memory)

    monkeypatch.setattr(pipeline, "_serially", in_this_process)
    monkeypatch.chdir(tmp_path)
    groups, _ = runner.prepare(runner.Request(paths=(".",)))
    settings = pipeline.RunSettings(jobs=2)
    found = list(runner.results(groups, settings, pipeline.ScanStats()))
    assert sorted(Path(r.path).as_posix() for r in found if r.status is Status.CHANGED) == [
        "a/c00.py", "a/c01.py", "a/c02.py", "b/c00.py",
    ]  # fmt: skip
    assert len(pools) == 1 and here == []


def test_workers_run_the_collector_less_often() -> None:
    import gc

    from claude_migrate import pool, worker

    workers = pool.Workers(jobs=1, max_memory=2**34)
    try:
        assert workers.pool().submit(gc.get_threshold).result() == worker.GC_THRESHOLD
    finally:
        workers.close()
    assert gc.get_threshold() != worker.GC_THRESHOLD  # this process keeps its own
