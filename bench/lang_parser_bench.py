"""Parser benchmark for the other languages: tree-sitter against ast-grep on TypeScript.

    python bench/lang_parser_bench.py [--files 150] [--repeat 3]

Generates a TypeScript tree (files of 40 request helpers each, about 25 KB) and times, as
medians of `repeat` runs, each parser alone and each finding every string fragment (what the
model-ID rule reads): tree-sitter with a query and with a walk of named children, ast-grep
(`ast-grep-py`, if installed) with `find_all`. Figures, not a test: nothing here fails.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import tree_sitter_typescript
from tree_sitter import Language, Parser, Query, QueryCursor, Tree

UNIT = """import Anthropic from "@anthropic-ai/sdk";
export interface Opts%(i)d { model?: string; temperature?: number }
export async function call%(i)d(text: string, opts: Opts%(i)d = {}): Promise<string> {
  const client = new Anthropic();
  const msg = await client.messages.create({
    model: opts.model ?? "claude-3-5-sonnet-20241022", max_tokens: 1024, temperature: 0.5,
    messages: [{ role: "user", content: `${text} #%(i)d` }] });
  for (const block of msg.content) { if (block.type === "text") { return block.text; } }
  switch (msg.stop_reason) { case "max_tokens": throw new Error("cut"); default: return ""; }
}
"""


def walk_count(tree: Tree) -> int:
    count = 0
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        count += node.type == "string_fragment"
        stack.extend(node.named_children)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    source = "".join(UNIT % {"i": i} for i in range(40)).encode()
    files = [source] * args.files
    megabytes = len(source) * len(files) / 1e6
    language = Language(tree_sitter_typescript.language_typescript())
    ts = Parser(language)
    query = Query(language, "(string_fragment) @s")

    def query_count(data: bytes) -> int:
        return len(QueryCursor(query).captures(ts.parse(data).root_node).get("s", []))

    cases: list[tuple[str, Callable[[bytes], object]]] = [
        ("tree-sitter parse", ts.parse),
        ("tree-sitter parse + query", query_count),
        ("tree-sitter parse + walk", lambda d: walk_count(ts.parse(d))),
    ]
    try:
        from ast_grep_py import SgRoot

        cases += [
            ("ast-grep parse", lambda d: SgRoot(d.decode(), "typescript")),
            (
                "ast-grep parse + find_all",
                lambda d: len(
                    SgRoot(d.decode(), "typescript").root().find_all(kind="string_fragment")
                ),
            ),
        ]
    except ImportError:
        print("ast-grep-py is not installed: pip install ast-grep-py to compare")
    print(f"{len(files)} TypeScript files, {megabytes:.1f} MB")
    for name, run in cases:
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            for data in files:
                run(data)
            times.append(time.perf_counter() - start)
        seconds = statistics.median(times)
        print(f"{name:28} {seconds:6.2f} s {megabytes / seconds:6.1f} MB/s")


if __name__ == "__main__":
    main()
