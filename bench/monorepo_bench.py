"""Monorepo benchmark: claude-migrate against the grep floor, ruff and LibCST's own runner.

    python bench/monorepo_bench.py [--suite stdlib|synthetic] [--files N] [--repeat 3]
                                   [--keep DIR] [--share 0.02] [--mixed]

Two suites. `stdlib` (the default; issue 18's targets) builds its trees from the running
Python's standard library (see bench_trees.py): 10,000 files with Claude 3.x code in 2% and
in 10% of them, the same with none, and a multi-provider tree (other providers' request code
full of temperature, top_p, max_tokens and assistant; a few files talking to Anthropic). For
each tree, in the same run and with a warm page cache (medians of `repeat` runs): the grep
floor (`grep -rl --include=*.py -E 'claude-|text_editor_|str_replace_editor|undo_edit|stop_reason'`),
ruff (`ruff check --select UP --diff`), claude-migrate's first dry run (empty cache, all
cores) at the default target and at `--to 4.5`, each as a ratio to grep and to ruff; files
parsed against files holding an Anthropic marker; false-positive candidates (files parsed
that changed nothing and reported nothing); files changed without a marker. Then the cache
filled and the peak RSS of one worker, and each target met or not.

`synthetic` (issue 8's targets) generates a synthetic tree (Python files of realistic size, `share` of them with Claude 3.x
code, plus a few notebooks and config files) and a twin without any Claude code, then
measures with a warm page cache (medians of `repeat` runs):

  grep -rl           the floor: list the files that contain "claude-"
  cold               claude-migrate dry run, empty content cache, all cores
  warm               the same, content cache filled
  no candidates      claude-migrate over the twin without Claude code, empty cache; then
                     again, when the files turned away before need not be read
  ruff               `ruff check --select UP --diff` over the same tree, if ruff is installed
  libcst runner      `python -m libcst.tool codemod` with an equivalent codemod over a
                     1,000-file sample (it is far too slow for the whole tree), per file
  peak RSS           of one worker (-j 1) over the tree

and prints each as files/s, MB/s and a ratio to the floor, next to the targets of issue 8.
With --mixed the tree is polyglot: a third of the files TypeScript and a sixth Go (each with
Claude code at the same share), the rest Python; the same targets hold (issue 21).
Figures, not a test: nothing here fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from measure import peak_rss_mib, timed

PLAIN = '''\
"""Module {n}: {topic} helpers."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class {Name}Record:
    """A {topic} record as stored by the service."""

    key: str
    values: list[float] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def total(self) -> float:
        return sum(self.values)

    def scaled(self, factor: float) -> list[float]:
        # keep the original values untouched
        return [value * factor for value in self.values]
'''
FUNCTION = '''

def {name}_{i}(records: list[{Name}Record], limit: int = {i}) -> dict[str, float]:
    """Summarise up to `limit` records by key ({topic}, step {i})."""
    result: dict[str, float] = {{}}
    for record in records[:limit]:
        if not record.values:
            log.debug("empty record %s", record.key)
            continue
        result[record.key] = record.total() / len(record.values)
    return result
'''
CLAUDE = """

import anthropic

client = anthropic.Anthropic()
MODEL = "claude-3-5-sonnet-20241022"


def ask_{i}(prompt: str) -> str:
    response = client.messages.create(
        model=MODEL,
        max_tokens=1024,
        temperature=0.3,
        top_p=0.9,
        messages=[{{"role": "user", "content": prompt}}],
    )
    if response.stop_reason == "end_turn":
        return response.content[0].text
    elif response.stop_reason == "max_tokens":
        return response.content[0].text + "..."
    raise RuntimeError(response.stop_reason)
"""
TOPICS = ["billing", "search", "inventory", "routing", "metrics", "accounts", "storage", "images"]

LIBCST_CODEMOD = """
import libcst as cst
from libcst.codemod import VisitorBasedCodemodCommand

OLD = {"claude-3-5-sonnet-20241022": "claude-sonnet-4-5-20250929",
       "claude-3-haiku-20240307": "claude-haiku-4-5-20251001",
       "claude-3-opus-20240229": "claude-opus-4-5-20251101"}


class SwapModels(VisitorBasedCodemodCommand):
    DESCRIPTION = "Swap old Claude model IDs (the benchmark's equivalent of CM101)."

    def leave_SimpleString(self, original_node, updated_node):
        body = updated_node.value[1:-1]
        if body in OLD:
            return updated_node.with_changes(value=updated_node.value[0] + OLD[body] + updated_node.value[-1])
        return updated_node
"""


TS_PLAIN = """\
// Module {n}: {topic} helpers.
export interface {Name}Record {{ key: string; values: number[]; meta: Record<string, unknown> }}
"""
TS_FUNCTION = """
export function {name}_{i}(records: {Name}Record[], limit = {i}): Record<string, number> {{
  const out: Record<string, number> = {{}};
  for (const record of records.slice(0, limit)) {{
    out[record.key] = record.values.reduce((a, b) => a + b, 0); // {topic} total
  }}
  return out;
}}
"""
TS_CLAUDE = """
import Anthropic from "@anthropic-ai/sdk";
export const ask_{i} = (content: string) => new Anthropic().messages.create({{
  model: "claude-3-5-sonnet-20241022", max_tokens: 1024, temperature: 0.5, top_p: 0.9,
  messages: [{{ role: "user", content }}] }});
"""
GO_PLAIN = """\
// Package m{n}: {topic} helpers.
package m{n}

type {Name}Record struct {{
\tKey    string
\tValues []float64
}}
"""
GO_FUNCTION = """
func {Name}{i}(records []{Name}Record, limit int) map[string]float64 {{
\tout := map[string]float64{{}}
\tfor i, record := range records {{
\t\tif i >= limit {{
\t\t\tbreak
\t\t}}
\t\tfor _, v := range record.Values {{
\t\t\tout[record.Key] += v // {topic} total
\t\t}}
\t}}
\treturn out
}}
"""
GO_CLAUDE = """
const Model{i} = "claude-3-5-sonnet-20241022"
"""
LANGUAGES = {
    "py": (PLAIN, FUNCTION, CLAUDE),
    "ts": (TS_PLAIN, TS_FUNCTION, TS_CLAUDE),
    "go": (GO_PLAIN, GO_FUNCTION, GO_CLAUDE),
}


def make_file(rng: random.Random, n: int, claude: bool, language: str = "py") -> str:
    plain, function, claude_code = LANGUAGES[language]
    topic = rng.choice(TOPICS)
    name = topic.capitalize()
    parts = [plain.format(n=n, topic=topic, Name=name)]
    # Sizes follow a long tail around 12 KB, like the measured tree (53 MB over 4,148 files).
    target = min(int(rng.lognormvariate(9.2, 0.7)), 200_000)
    i = 0
    while sum(map(len, parts)) < target:
        parts.append(function.format(name=topic, i=i, Name=name, topic=topic))
        i += 1
    if claude:
        parts.append(claude_code.format(i=n))
    return "".join(parts)


def language_of(n: int, mixed: bool) -> str:
    """Mixed trees: a third TypeScript, a sixth Go, the rest Python."""
    return ("ts", "ts", "go", "py", "py", "py")[n % 6] if mixed else "py"


def make_tree(
    root: Path, files: int, share: float, seed: int = 7, mixed: bool = False
) -> tuple[int, int]:
    rng = random.Random(seed)
    total = 0
    claude_files = 0
    for n in range(files):
        folder = root / f"pkg{n % 97:02}" / f"sub{n % 13}"
        folder.mkdir(parents=True, exist_ok=True)
        claude = share > 0 and rng.random() < share
        claude_files += claude
        language = language_of(n, mixed)
        text = make_file(rng, n, claude, language)
        (folder / f"mod_{n}.{language}").write_text(text)
        total += len(text)
    if share > 0:
        for n in range(5):
            cell = {
                "cell_type": "code",
                "execution_count": 1,
                "metadata": {},
                "outputs": [],
                "source": [f'MODEL = "claude-3-haiku-20240307"  # notebook {n}\n'],
            }
            document = {"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            (root / f"notebook_{n}.ipynb").write_text(json.dumps(document, indent=1) + "\n")
            (root / f"service_{n}.yaml").write_text(
                f"model: claude-3-opus-20240229\nreplicas: {n}\n"
            )
    return total, claude_files


def per_candidate_ms(tree: Path, repeat: int) -> dict[str, float]:
    """With --mixed: CPU ms per file with Claude code, by language, in this process (no
    start-up, no pool): the engine's own cost, which the whole-tree ratio hides under the
    run's fixed costs and, on a shared machine, under other jobs' load."""
    import time

    from claude_migrate import registry
    from claude_migrate.authoring.codemod import RunOptions
    from claude_migrate.pipeline import Plan, migrate_bytes

    target = registry.newest_version()
    plan = Plan(codemods=registry.codemods_up_to(target), options=RunOptions(target=target))
    kinds = {"py": "python", "ts": "typescript", "go": "go"}
    result = {}
    for suffix, kind in kinds.items():
        files = [
            (str(p), data)
            for p in sorted(tree.rglob(f"mod_*.{suffix}"))
            if b"claude-" in (data := p.read_bytes())
        ]
        if not files:
            continue
        rounds = []
        for _ in range(repeat):
            start = time.process_time()
            for path, data in files:
                migrate_bytes(data, path, plan, kind)
            rounds.append((time.process_time() - start) / len(files) * 1000)
        result[kind] = statistics.median(rounds)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--suite", choices=("stdlib", "synthetic"), default="stdlib")
    parser.add_argument(
        "--files", type=int, help="files per tree (stdlib: 10,000; synthetic: 20,000)"
    )
    parser.add_argument(
        "--multi-files", type=int, default=3000, help="files of the multi-provider tree (stdlib)"
    )
    parser.add_argument(
        "--trees", default="2,10,none,multi", help="stdlib suite: which trees (2,10,none,multi)"
    )
    parser.add_argument(
        "--targets", default="default,4.5", help="stdlib suite: which targets (default,4.5)"
    )
    parser.add_argument("--no-rss", action="store_true", help="stdlib suite: skip the -j 1 run")
    parser.add_argument(
        "--appended",
        action="store_true",
        help="stdlib suite: Claude code appended to library modules, not modules of its own",
    )
    parser.add_argument("--share", type=float, default=0.02, help="share of files with Claude code")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sample", type=int, default=1000, help="files for LibCST's own runner")
    parser.add_argument("--keep", help="generate the trees here and keep them")
    parser.add_argument("--mixed", action="store_true", help="Python, TypeScript and Go files")
    args = parser.parse_args()
    if args.suite == "stdlib":
        import stdlib_suite

        stdlib_suite.run(args)
        return
    args.files = args.files or 20_000

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cm-bench-"))
    tree, clean = base / "tree", base / "clean"
    if not tree.exists():
        print(f"generating {args.files} files in {base} ...", flush=True)
        size, claude_files = make_tree(tree, args.files, args.share, mixed=args.mixed)
        make_tree(clean, args.files, 0.0, mixed=args.mixed)
    else:
        size = sum(p.stat().st_size for p in tree.rglob("mod_*.*"))
        claude_files = -1
    cm = [sys.executable, "-m", "claude_migrate", "run", "."]
    # As on a developer's machine: Python keeps its bytecode cache (some sandboxes turn it off,
    # which makes every start-up compile the package again).
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTHONDONTWRITEBYTECODE")}
    subprocess.run(
        ["grep", "-rl", "claude-", "."], cwd=tree, stdout=subprocess.DEVNULL, check=False
    )  # warm the page cache

    floor = timed(["grep", "-rl", "claude-", "."], tree, repeat=args.repeat)
    cold_times = []
    for _ in range(args.repeat):
        cache_dir = tempfile.mkdtemp(prefix="cm-cache-")
        cold_times.append(timed(cm, tree, {**env, "CLAUDE_MIGRATE_CACHE_DIR": cache_dir}, repeat=1))
        shutil.rmtree(cache_dir)
    cold = statistics.median(cold_times)
    warm_cache = tempfile.mkdtemp(prefix="cm-cache-")
    subprocess.run(
        cm,
        cwd=tree,
        env={**env, "CLAUDE_MIGRATE_CACHE_DIR": warm_cache},
        capture_output=True,
        check=False,
    )
    warm = timed(cm, tree, {**env, "CLAUDE_MIGRATE_CACHE_DIR": warm_cache}, repeat=args.repeat)
    none_floor = timed(["grep", "-rl", "claude-", "."], clean, repeat=args.repeat)
    # A first run (empty cache, nothing remembered), then repeated runs that may skip the files
    # they turned away before.
    none_times = []
    for _ in range(args.repeat):
        cache_dir = tempfile.mkdtemp(prefix="cm-cache-")
        none_times.append(
            timed(cm, clean, {**env, "CLAUDE_MIGRATE_CACHE_DIR": cache_dir}, repeat=1)
        )
        shutil.rmtree(cache_dir)
    none = statistics.median(none_times)
    none_cache = tempfile.mkdtemp(prefix="cm-cache-")
    none_env = {**env, "CLAUDE_MIGRATE_CACHE_DIR": none_cache}
    subprocess.run(cm, cwd=clean, env=none_env, capture_output=True, check=False)
    none_again = timed(cm, clean, none_env, repeat=args.repeat)
    shutil.rmtree(none_cache, ignore_errors=True)
    rss = peak_rss_mib([*cm[:-1], "--no-cache", "-j", "1", "."], tree, env)

    ruff = shutil.which("ruff") or shutil.which("ruff", path=os.path.dirname(sys.executable))
    ruff_time = (
        timed(
            [ruff, "check", "--select", "UP", "--diff", "--no-cache", "--exit-zero", "."],
            tree,
            repeat=args.repeat,
        )
        if ruff
        else None
    )

    sample = base / "sample"
    if not sample.exists():
        sample.mkdir()
        for i, path in enumerate(sorted(tree.rglob("mod_*.py"))[: args.sample]):
            shutil.copy(path, sample / f"m{i}.py")
    (sample / "bench_codemod.py").write_text(textwrap.dedent(LIBCST_CODEMOD))
    # A dry run too: -u prints a diff instead of writing; -x takes a module.Class; --jobs=N
    # must follow the positional arguments.
    libcst_command = [
        sys.executable, "-m", "libcst.tool", "codemod", "-x", "--no-format", "--hide-progress",
        "bench_codemod.SwapModels", ".", "--jobs=2", "-u", "3",
    ]  # fmt: skip
    libcst_time = timed(libcst_command, sample, {**env, "PYTHONPATH": str(sample)}, repeat=1)
    sample_count = len(list(sample.glob("m*.py")))
    cm_sample = timed([*cm[:-1], "--no-cache", "."], sample, env, repeat=args.repeat)

    files = args.files
    mb = size / 1e6
    print()
    languages = "Python, TypeScript and Go" if args.mixed else "Python"
    print(
        f"tree: {files} {languages} files, {mb:.0f} MB, {claude_files if claude_files >= 0 else '?'} with Claude code; "
        f"{os.cpu_count()} cores; Python {sys.version.split()[0]}"
    )
    print(f"{'':24}{'seconds':>9}{'files/s':>10}{'MB/s':>8}{'x floor':>9}   target")

    def row(name: str, seconds: float, target: str = "", floor_time: float = floor) -> None:
        print(
            f"{name:24}{seconds:9.3f}{files / seconds:10.0f}{mb / seconds:8.1f}{seconds / floor_time:9.1f}   {target}"
        )

    row("grep -rl (floor)", floor)
    row("claude-migrate, cold", cold, "<= 12x floor")
    row("claude-migrate, warm", warm, "<= 3x floor")
    row("no candidates", none, "<= 3x floor (its own floor)", none_floor)
    row("no candidates, again", none_again, "(files turned away before)", none_floor)
    if ruff_time:
        row("ruff --select UP", ruff_time)
        print(f"  cold / ruff: {cold / ruff_time:.2f}x (target <= 2x)")
    else:
        print("  ruff: not installed (pip install ruff to compare)")
    per_libcst = libcst_time / sample_count
    per_cm = cm_sample / sample_count
    print(
        f"libcst.tool codemod, {sample_count}-file sample: {libcst_time:.2f} s ({per_libcst * 1000:.1f} ms/file); "
        f"claude-migrate on the same sample: {cm_sample:.2f} s ({per_cm * 1000:.2f} ms/file): "
        f"{per_libcst / per_cm:.0f}x faster (target >= 100x)"
    )
    print(f"peak RSS of one worker (-j 1, whole tree): {rss:.0f} MiB (target <= 300 MiB)")
    if args.mixed:
        costs = per_candidate_ms(tree, args.repeat)
        print(
            "CPU per file with Claude code, in process: "
            + ", ".join(f"{kind} {ms:.1f} ms" for kind, ms in costs.items())
        )
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    shutil.rmtree(warm_cache, ignore_errors=True)


if __name__ == "__main__":
    main()
