"""The tree-sitter grammar of each file suffix, loaded the first time a file needs it.

Chosen over ast-grep (bench/lang_parser_bench.py: the same parse time within noise, since
ast-grep is built on tree-sitter): tree-sitter hands back byte offsets and error nodes
directly, which byte-span edits and the write check need, and the official grammar wheels
pin each language's grammar on its own.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tree_sitter import Language, Parser, Tree


def _grammar(name: str) -> Any:
    if name in ("typescript", "tsx"):
        import tree_sitter_typescript as ts

        return ts.language_tsx() if name == "tsx" else ts.language_typescript()
    if name == "javascript":
        import tree_sitter_javascript

        return tree_sitter_javascript.language()
    if name == "go":
        import tree_sitter_go

        return tree_sitter_go.language()
    if name == "java":
        import tree_sitter_java

        return tree_sitter_java.language()
    if name == "ruby":
        import tree_sitter_ruby

        return tree_sitter_ruby.language()
    if name == "csharp":
        import tree_sitter_c_sharp

        return tree_sitter_c_sharp.language()
    if name == "php":
        import tree_sitter_php

        return tree_sitter_php.language_php()
    raise ValueError(f"no grammar named {name}")


def grammar_for(path: str, kind: str) -> str:
    """The grammar a file is parsed with: TSX and JSX need their own (`<T>x` differs)."""
    if path.endswith(".tsx"):
        return "tsx"
    return kind


@cache
def language(grammar: str) -> Language:
    return Language(_grammar(grammar))


@cache
def parser(grammar: str) -> Parser:
    return Parser(language(grammar))


def parse(data: bytes, grammar: str, old: Tree | None = None) -> Tree:
    """`data` parsed; given `old`, a tree already edited to match it (Tree.edit), only the
    edited parts are parsed again."""
    if old is None:
        return parser(grammar).parse(data)
    return parser(grammar).parse(data, old)
