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
from dataclasses import dataclass, field
from pathlib import Path

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


def _cold(command: list[str], tree: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        cache_dir = tempfile.mkdtemp(prefix="cm-cache-")
        env = {**_env(), "CLAUDE_MIGRATE_CACHE_DIR": cache_dir}
        times.append(timed(command, tree, env, repeat=1))
        shutil.rmtree(cache_dir, ignore_errors=True)
    return statistics.median(times)


def _count(tree: Path, extra: list[str]) -> Count:
    with tempfile.TemporaryDirectory(prefix="cm-report-") as folder:
        report = Path(folder) / "report.json"
        done = subprocess.run(
            _cm("--no-cache", "-v", "--report", f"json={report}", *extra),
            cwd=tree,
            env=_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        document = json.loads(report.read_text()) if report.exists() else {"files": []}
    count = Count()
    parsed = _PARSED.findall(done.stderr)
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


def measure(tree: Tree, repeat: int) -> None:
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
    for label, extra in TARGETS.items():
        tree.runs[label] = _cold(_cm(*extra), tree.path, repeat)
        tree.counts[label] = _count(tree.path, extra)


def _ratio(seconds: float, floor: float | None) -> str:
    return f"{seconds / floor:.2f}x" if floor else "-"


def report(trees: list[Tree], warm: float, rss: float) -> None:
    print()
    print(
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}; "
        f"Python {sys.version.split()[0]}; medians, warm page cache"
    )
    print(
        f"{'tree':24}{'files':>7}{'MB':>6}{'claude':>7}{'marker':>7}{'grep s':>8}{'ruff s':>8}"
        f"  {'target':8}{'cm s':>7}{'x grep':>8}{'x ruff':>8}{'parsed':>7}{'false+':>7}"
        f"{'changed':>8}{'no mark':>8}"
    )
    for tree in trees:
        for n, label in enumerate(TARGETS):
            seconds, count = tree.runs[label], tree.counts[label]
            lead = (
                f"{tree.name:24}{tree.files:7}{tree.mb:6.0f}{tree.claude:7}{tree.markers:7}"
                f"{tree.grep:8.3f}{tree.ruff or 0:8.3f}"
                if n == 0
                else " " * 67
            )
            print(
                f"{lead}  {label:8}{seconds:7.2f}{_ratio(seconds, tree.grep):>8}"
                f"{_ratio(seconds, tree.ruff):>8}{count.parsed:7}{count.false_positives:7}"
                f"{count.changed:8}{len(count.changed_without_marker):8}"
            )
    by_name = {t.name: t for t in trees}
    two, ten = by_name["stdlib, 2% Claude"], by_name["stdlib, 10% Claude"]
    none, multi = by_name["stdlib, no Claude"], by_name["multi-provider"]
    print()
    print(f"cache filled (stdlib 2%, default target): {warm:.2f} s, {_ratio(warm, two.grep)} grep")
    print(f"peak RSS of one worker (-j 1, stdlib 2%, no cache): {rss:.0f} MiB")
    print()
    checks: list[tuple[str, float | None, float]] = []  # (what, figure, at most)
    for label in TARGETS:
        suffix = "" if label == "default" else f" (--to {label})"
        checks += [
            (f"stdlib 2% first dry run <= 6x grep{suffix}", two.runs[label] / two.grep, 6),
            (
                f"stdlib 2% first dry run <= 1x ruff{suffix}",
                two.runs[label] / two.ruff if two.ruff else None,
                1,
            ),
            (f"no-Claude tree <= 1.5x its grep{suffix}", none.runs[label] / none.grep, 1.5),
            (
                f"stdlib 10% <= 3x ruff{suffix}",
                ten.runs[label] / ten.ruff if ten.ruff else None,
                3,
            ),
            (
                f"multi-provider parsed <= 2x marker files{suffix}",
                multi.counts[label].parsed / max(multi.markers, 1),
                2,
            ),
            (
                f"multi-provider: no file without a marker changed{suffix}",
                len(multi.counts[label].changed_without_marker),
                0,
            ),
        ]
    checks += [
        ("cache filled <= 1.5x grep", warm / two.grep, 1.5),
        ("worker peak RSS <= 150 MiB", rss, 150),
    ]
    for what, figure, limit in checks:
        verdict = "-" if figure is None else ("met" if figure <= limit else "not met")
        shown = "-" if figure is None else f"{figure:.2f}"
        print(f"  {what:58} {shown:>8}   {verdict}")
    for tree in trees:
        for label, count in tree.counts.items():
            for path in count.changed_without_marker[:5]:
                print(f"  changed without an Anthropic marker ({tree.name}, {label}): {path}")


def run(args: argparse.Namespace) -> None:
    files = args.files or 10_000
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cm-bench-"))
    print(f"building the trees in {base} ...", flush=True)
    trees = []
    for share, name in (
        (0.02, "stdlib, 2% Claude"),
        (0.10, "stdlib, 10% Claude"),
        (0.0, "stdlib, no Claude"),
    ):
        path, claude = build_stdlib_tree(base, files, share)
        trees.append(Tree(name, path, claude))
    path, claude = build_multi_tree(base, args.multi_files, 0.03)
    trees.append(Tree("multi-provider", path, claude))
    for tree in trees:
        print(f"measuring {tree.name} ...", flush=True)
        measure(tree, args.repeat)
    two = trees[0]
    warm_cache = tempfile.mkdtemp(prefix="cm-cache-")
    warm_env = {**_env(), "CLAUDE_MIGRATE_CACHE_DIR": warm_cache}
    subprocess.run(_cm(), cwd=two.path, env=warm_env, capture_output=True, check=False)
    warm = timed(_cm(), two.path, warm_env, repeat=args.repeat)
    shutil.rmtree(warm_cache, ignore_errors=True)
    rss = peak_rss_mib(_cm("--no-cache", "-j", "1"), two.path, _env())
    report(trees, warm, rss)
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
