"""Worker processes: capped in memory, and gone with the run that started them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pinned_target import RUN_PINNED

from claude_migrate import pipeline, registry
from claude_migrate.authoring.options import RunOptions
from claude_migrate.discover import discover
from claude_migrate.results import FileResult, Status

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the cap is RLIMIT_AS; workers are found in /proc"
)
OLD = 'MODEL = "claude-3-5-sonnet-20241022"\n'


def assignments(count: int) -> str:
    """The shape with the most memory per byte: one-line top-level statements."""
    return OLD + "".join(f"x{n} = {n}\n" for n in range(count))


def run(root: Path, jobs: int, max_memory: int) -> dict[str, FileResult]:
    files, _ = discover([str(root)])
    plan = pipeline.Plan(codemods=registry.select((4, 5)), options=RunOptions(target=(4, 5)))
    settings = pipeline.RunSettings(jobs=jobs, max_memory=max_memory)
    return {Path(r.path).name: r for r in pipeline.run(files, plan, settings, pipeline.ScanStats())}


@linux_only
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_past_the_cap_fails_with_one_line_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    # 30,000 statements need about 330 MB; the estimate up front, which would turn the file
    # away, is switched off, so only the cap stands in the way.
    (tmp_path / "big.py").write_text(assignments(30_000))
    (tmp_path / "small.py").write_text(OLD)
    monkeypatch.setattr(pipeline, "memory_estimate", lambda data, kind: 0)
    results = run(tmp_path, jobs, max_memory=64 * 2**20)
    assert results["big.py"].status is Status.FAILED
    assert results["big.py"].error == (
        "ran out of memory: parsing it needs more than --max-memory 64 MiB; raise --max-memory to try"
    )
    assert results["small.py"].status is Status.CHANGED


@linux_only
def test_a_file_run_alone_under_the_cap_is_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The mirror case: every file goes to a capped worker of its own, and fits."""
    (tmp_path / "a.py").write_text(assignments(100))
    monkeypatch.setattr(pipeline, "WORST_BYTES_PER_BYTE", 10**9)
    result = run(tmp_path, jobs=1, max_memory=256 * 2**20)["a.py"]
    assert result.status is Status.CHANGED and result.new_bytes is not None
    assert result.new_bytes.startswith(b'MODEL = "claude-sonnet-4-5-20250929"\n')


def test_the_estimate_up_front_counts_statements() -> None:
    """A file of one-line statements costs about ten times more a byte than ordinary code."""
    dense = assignments(1000).encode()
    ordinary = b"def f(x):\n" + b"    y = x * 2 + 1  # a comment that takes some room\n" * 300
    assert pipeline.memory_estimate(dense, "python") > 8 * pipeline.memory_estimate(
        ordinary[: len(dense)], "python"
    )


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its parent has not reaped it


@linux_only
def test_workers_die_with_a_killed_run(tmp_path: Path) -> None:
    for i in range(200):
        (tmp_path / f"m{i:03}.py").write_text(assignments(400))
    process = subprocess.Popen(
        [*RUN_PINNED, "--no-cache", "-j", "2", "."],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        workers = [pid for pid in _children(process.pid) if _alive(pid)]
    assert len(workers) >= 2, "the run ended before its workers were seen"
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if _alive(pid)]
