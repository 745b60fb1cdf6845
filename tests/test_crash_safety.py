"""SIGKILL during --write, many times over: every file holds its old text or its new text."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

from pinned_target import RUN_PINNED

from claude_migrate import registry
from claude_migrate.authoring.codemod import RunOptions
from claude_migrate.pipeline import Plan, migrate_bytes

RUNS = 12
FILES = 30


def make_template(root: Path) -> dict[str, tuple[bytes, bytes]]:
    """Files big enough that writing them takes a moment; their old and new bytes."""
    plan = Plan(codemods=registry.codemods_up_to((4, 5)), options=RunOptions(target=(4, 5)))
    expected = {}
    for i in range(FILES):
        lines = [f'MODEL_{j} = "claude-3-5-sonnet-20241022"  # {"x" * 60}\n' for j in range(600)]
        old = ("".join(lines)).encode()
        (root / f"m{i:02}.py").write_bytes(old)
        result = migrate_bytes(old, f"m{i:02}.py", plan)
        assert result.new_bytes is not None
        expected[f"m{i:02}.py"] = (old, result.new_bytes)
    return expected


def test_killed_write_runs_leave_old_or_new_text(tmp_path: Path) -> None:
    template = tmp_path / "template"
    template.mkdir()
    expected = make_template(template)
    rng = random.Random(20261122)
    mixed = []
    for run in range(RUNS):
        tree = tmp_path / f"run{run}"
        shutil.copytree(template, tree)
        process = subprocess.Popen(
            [*RUN_PINNED, "--write", "--no-cache", "-j", "2", "."],
            cwd=tree,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        # Kill soon after the first file is written, however loaded the machine is, so that
        # most kills land while files are being replaced.
        first = tree / "m00.py"
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            if first.read_bytes() != expected["m00.py"][0]:
                break
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.05))
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        states = set()
        for name, (old, new) in expected.items():
            data = (tree / name).read_bytes()
            assert data in (old, new), (
                f"run {run}: {name} is neither old nor new ({len(data)} bytes)"
            )
            states.add(data == new)
        mixed.append(states)
    assert any(len(s) == 2 for s in mixed), "some kill landed in the middle of writing"


def test_a_normal_run_leaves_no_temporary_files(tmp_path: Path) -> None:
    expected = make_template(tmp_path)
    done = subprocess.run(
        [*RUN_PINNED, "--write", "--no-cache", "."],
        cwd=tmp_path,
    )
    assert done.returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(expected)


def test_a_temporary_file_a_killed_run_left_is_reported_and_kept(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text('MODEL = "claude-3-5-sonnet-20241022"\n')
    left = tmp_path / "sub" / ".app.py.k3x9_q2a.claude-migrate"
    left.parent.mkdir()
    left.write_text("half of a file\n")
    (tmp_path / "sub" / "notes.claude-migrate").write_text("not one of ours: no leading dot\n")
    done = subprocess.run([*RUN_PINNED, "--no-cache", "."], cwd=tmp_path, capture_output=True)
    assert done.returncode == 0  # the leftover is not a failure
    about = [line for line in done.stderr.decode().splitlines() if "interrupted" in line]
    assert about == [
        "sub/.app.py.k3x9_q2a.claude-migrate: a temporary file an interrupted claude-migrate "
        "write left behind (the file beside it was not touched); delete it"
    ]
    assert left.read_text() == "half of a file\n"  # another run may be writing it: never removed
