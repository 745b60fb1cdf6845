"""The running Python's standard library, migrated as a dry run: nothing in it is Claude code,
so every file must come back byte-identical, and nothing may crash. Files that fail must be
ones Python itself cannot compile (test data with bad syntax)."""

from __future__ import annotations

import sysconfig
import time
from pathlib import Path

from claude_migrate import registry
from claude_migrate.authoring.codemod import RunOptions
from claude_migrate.discover import discover
from claude_migrate.pipeline import Plan, RunSettings, ScanStats, run
from claude_migrate.results import Status


def test_standard_library_is_byte_identical() -> None:
    stdlib = sysconfig.get_paths()["stdlib"]
    files, _ = discover([stdlib], kinds=frozenset({"python"}), default_excludes=False)
    plan = Plan(codemods=registry.codemods_up_to((4, 5)), options=RunOptions(target=(4, 5)))
    stats = ScanStats()
    start = time.perf_counter()
    results = list(run(files, plan, RunSettings(jobs=2), stats))
    seconds = time.perf_counter() - start
    assert stats.scanned > 1000
    assert not [r.path for r in results if r.status is Status.CHANGED]
    for result in results:
        if result.status is Status.FAILED:
            source = Path(next(f.real for f in files if f.display == result.path)).read_bytes()
            try:
                compile(source, result.path, "exec", dont_inherit=True)
            except (SyntaxError, ValueError):
                continue  # CPython rejects it too
            raise AssertionError(f"{result.path}: {result.error}")
    print(f"\nstdlib: {stats.scanned} files, {stats.candidates} candidates, {seconds:.1f} s")
