"""The monorepo benchmark's standard-library suite: issue 18's trees, figures and targets.

Run through `python bench/monorepo_bench.py` (the default suite); see its docstring.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench_trees import build_multi_tree, build_stdlib_tree, holds_marker, python_files
from measure import peak_rss_mib, timed

GREP = [
    "grep", "-rl", "--include=*.py", "-E",
    "claude-|text_editor_|str_replace_editor|undo_edit|stop_reason", ".",
]  # fmt: skip
_PARSED = re.compile(r"(\d+) parsed")


@dataclass
class Count:
    """What one run with an empty cache did, from its -v line and its JSON report."""

    parsed: int = -1
    candidates: int = 0
    changed: int = 0
    false_positives: int = 0  # parsed, changed nothing, reported nothing
    changed_without_marker: list[str] = field(default_factory=list)


@dataclass
class Tree:
    key: str  # as --trees names it
    name: str
    path: Path
    claude: int  # files the tree was built with Claude code in (-1: not known)
    files: int = 0
    mb: float = 0.0
    markers: int = 0
    grep: float = 0.0
    ruff: float | None = None
    runs: dict[str, float] = field(default_factory=dict)  # label -> seconds, empty cache
    counts: dict[str, Count] = field(default_factory=dict)


TARGETS = {"default": [], "4.5": ["--to", "4.5"]}


def _env() -> dict[str, str]:
    # As on a developer's machine: Python keeps its bytecode cache (some sandboxes turn it off,
    # which makes every start-up compile the package again).
    return {k: v for k, v in os.environ.items() if k not in ("CI", "PYTHONDONTWRITEBYTECODE")}


def _cm(*extra: str) -> list[str]:
    return [sys.executable, "-m", "claude_migrate", "run", *extra, "."]


def _cold(tree: Path, extra: list[str], repeat: int) -> tuple[float, Count]:
    """The median of `repeat` first dry runs (an empty cache each), and what the first did:
    its -v line and its JSON report, written by the timed run itself."""
    times = []
    count = Count()
    for n in range(repeat):
        with tempfile.TemporaryDirectory(prefix="cm-cache-") as folder:
            report = Path(folder) / "report.json"
            command = _cm("-v", "--report", f"json={report}", *extra)
            env = {**_env(), "CLAUDE_MIGRATE_CACHE_DIR": str(Path(folder) / "cache")}
            start = time.perf_counter()
            done = subprocess.run(
                command, cwd=tree, env=env, capture_output=True, text=True, check=False
            )
            times.append(time.perf_counter() - start)
            if n == 0:
                document = json.loads(report.read_text()) if report.exists() else {"files": []}
                count = _count(tree, done.stderr, document)
    return statistics.median(times), count


def _count(tree: Path, stderr: str, document: dict[str, Any]) -> Count:
    count = Count()
    parsed = _PARSED.findall(stderr)
    files = document["files"]
    count.candidates = len(files)
    count.parsed = int(parsed[-1]) if parsed else len(files)
    for entry in files:
        if entry["status"] == "changed":
            count.changed += 1
            if not holds_marker(tree / entry["path"]):
                count.changed_without_marker.append(entry["path"])
        elif entry["status"] == "unchanged" and not entry["changes"] and not entry["findings"]:
            count.false_positives += 1
    return count


def _ruff() -> str | None:
    return shutil.which("ruff") or shutil.which("ruff", path=os.path.dirname(sys.executable))


def measure(tree: Tree, repeat: int, labels: list[str]) -> None:
    paths = python_files(tree.path)
    tree.files = len(paths)
    tree.mb = sum(p.stat().st_size for p in paths) / 1e6
    tree.markers = sum(holds_marker(p) for p in paths)
    timed(GREP, tree.path, repeat=1)  # warm the page cache
    tree.grep = timed(GREP, tree.path, repeat=repeat)
    ruff = _ruff()
    if ruff:
        command = [ruff, "check", "--isolated", "--select", "UP", "--diff", "--no-cache"]
        tree.ruff = timed([*command, "--exit-zero", "."], tree.path, repeat=repeat)
    for label in labels:
        tree.runs[label], tree.counts[label] = _cold(tree.path, TARGETS[label], repeat)


def _ratio(seconds: float, floor: float | None) -> str:
    return f"{seconds / floor:.2f}x" if floor else "-"


def _processor() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


HEADER = (
    f"{'tree':24}{'files':>7}{'MB':>6}{'claude':>7}{'marker':>7}{'grep s':>8}{'ruff s':>8}"
    f"  {'target':8}{'cm s':>7}{'x grep':>8}{'x ruff':>8}{'parsed':>7}{'false+':>7}"
    f"{'changed':>8}{'no mark':>8}"
)


def rows(tree: Tree, labels: list[str]) -> list[str]:
    lines = []
    for n, label in enumerate(labels):
        seconds, count = tree.runs[label], tree.counts[label]
        lead = (
            f"{tree.name:24}{tree.files:7}{tree.mb:6.0f}{tree.claude:7}{tree.markers:7}"
            f"{tree.grep:8.3f}{tree.ruff or 0:8.3f}"
            if n == 0
            else " " * 67
        )
        lines.append(
            f"{lead}  {label:8}{seconds:7.2f}{_ratio(seconds, tree.grep):>8}"
            f"{_ratio(seconds, tree.ruff):>8}{count.parsed:7}{count.false_positives:7}"
            f"{count.changed:8}{len(count.changed_without_marker):8}"
        )
    return lines


def report(trees: list[Tree], labels: list[str], warm: float | None, rss: float | None) -> None:
    print()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(
        f"machine: {os.cpu_count()} cores, {_processor()}, load {load:.1f}; "
        f"Python {sys.version.split()[0]}; medians, warm page cache"
    )
    print(HEADER)
    for tree in trees:
        print("\n".join(rows(tree, labels)))
    by_key = {t.key: t for t in trees}
    print()
    two = by_key.get("2")
    if two is not None and warm is not None:
        print(
            f"cache filled (stdlib 2%, default target): {warm:.2f} s, {_ratio(warm, two.grep)} grep"
        )
    if rss is not None:
        print(f"peak RSS of one worker (-j 1, stdlib 2%, no cache): {rss:.0f} MiB")
    print()
    checks: list[tuple[str, float | None, float]] = []  # (what, figure, at most)

    def check(key: str, what: str, figure: Callable[[Tree], float | None], limit: float) -> None:
        if key in by_key:
            checks.append((what, figure(by_key[key]), limit))

    for label in labels:
        suffix = "" if label == "default" else f" (--to {label})"

        def first(tree: Tree, label: str = label) -> float:
            return tree.runs[label]

        check("2", f"stdlib 2% first dry run <= 6x grep{suffix}", lambda t: first(t) / t.grep, 6)
        check(
            "2",
            f"stdlib 2% first dry run <= 1x ruff{suffix}",
            lambda t: first(t) / t.ruff if t.ruff else None,
            1,
        )
        check("none", f"no-Claude tree <= 1.5x its grep{suffix}", lambda t: first(t) / t.grep, 1.5)
        check(
            "10",
            f"stdlib 10% <= 3x ruff{suffix}",
            lambda t: first(t) / t.ruff if t.ruff else None,
            3,
        )
        check(
            "multi",
            f"multi-provider parsed <= 2x marker files{suffix}",
            lambda t, label=label: t.counts[label].parsed / max(t.markers, 1),
            2,
        )
        check(
            "multi",
            f"multi-provider: no file without a marker changed{suffix}",
            lambda t, label=label: len(t.counts[label].changed_without_marker),
            0,
        )
    if two is not None and warm is not None:
        checks.append(("cache filled <= 1.5x grep", warm / two.grep, 1.5))
    if rss is not None:
        checks.append(("worker peak RSS <= 150 MiB", rss, 150))
    for what, figure, limit in checks:
        verdict = "-" if figure is None else ("met" if figure <= limit else "not met")
        shown = "-" if figure is None else f"{figure:.2f}"
        print(f"  {what:58} {shown:>8}   {verdict}")
    for tree in trees:
        for label, count in tree.counts.items():
            for path in count.changed_without_marker[:5]:
                print(f"  changed without an Anthropic marker ({tree.name}, {label}): {path}")


TREES = {
    "2": (0.02, "stdlib, 2% Claude"),
    "10": (0.10, "stdlib, 10% Claude"),
    "none": (0.0, "stdlib, no Claude"),
    "multi": (0.03, "multi-provider"),
}


def run(args: argparse.Namespace) -> None:
    files = args.files or 10_000
    keys = [k for k in args.trees.split(",") if k]
    labels = [t for t in args.targets.split(",") if t]
    unknown = [k for k in keys if k not in TREES] + [t for t in labels if t not in TARGETS]
    if unknown:
        raise SystemExit(f"unknown trees or targets: {unknown} (trees: {', '.join(TREES)})")
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cm-bench-"))
    print(f"building the trees in {base} ...", flush=True)
    trees = []
    for key in keys:
        share, name = TREES[key]
        if key == "multi":
            path, claude = build_multi_tree(base, args.multi_files, share)
        else:
            path, claude = build_stdlib_tree(base, files, share, appended=args.appended)
        trees.append(Tree(key, name, path, claude))
    for tree in trees:
        print(f"measuring {tree.name} ...", flush=True)
        measure(tree, args.repeat, labels)
        print("\n".join(rows(tree, labels)), flush=True)  # at once: a busy machine is slow
    warm = rss = None
    two = next((t for t in trees if t.key == "2"), None)
    if two is not None and "default" in labels:
        warm_cache = tempfile.mkdtemp(prefix="cm-cache-")
        warm_env = {**_env(), "CLAUDE_MIGRATE_CACHE_DIR": warm_cache}
        subprocess.run(_cm(), cwd=two.path, env=warm_env, capture_output=True, check=False)
        warm = timed(_cm(), two.path, warm_env, repeat=args.repeat)
        shutil.rmtree(warm_cache, ignore_errors=True)
        if not args.no_rss:
            rss = peak_rss_mib(_cm("--no-cache", "-j", "1"), two.path, _env())
    report(trees, labels, warm, rss)
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
