"""Parsing only what the codemods will look at.

LibCST parses about 4 ms per KB here, and a candidate file usually has its Claude code in a
few of its top-level statements. CPython's parser (already run as a guard, ten times faster)
gives every top-level statement's lines. A compound statement (a function, a class, an `if`
block...) that contains none of the running codemods' words is blanked to empty lines before
LibCST sees the text, so line and column numbers stay those of the file; simple statements
(imports, constants) always stay, since codemods read them for context (`model=MODEL`).

After the codemods, `splice` rebuilds the file from the original lines, taking from the new
rendering only the lines that changed. Where that cannot be done with certainty (a codemod
added or removed a top-level statement, or changed lines next to blanked ones), it answers
None and the caller parses the whole file instead.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Sequence
from dataclasses import dataclass

_COMPOUND: tuple[type[ast.stmt], ...] = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.If,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.With,
    ast.AsyncWith,
    ast.Try,
    ast.Match,
)
if sys.version_info >= (3, 11):
    _COMPOUND += (ast.TryStar,)

# Below this share of blanked lines the whole file is parsed: the splice would save little.
MIN_BLANKED_SHARE = 0.25


@dataclass(frozen=True)
class Sparse:
    text: str  # what LibCST parses: the file with unneeded statements blanked
    original_lines: list[str]  # the file split on "\n", without the "\n"
    blanked: frozenset[int]  # 0-based indexes of the blanked lines


def blank_unneeded(text: str, tree: ast.Module, words: Sequence[str]) -> Sparse | None:
    """The file with the compound statements that contain none of `words` blanked, or None
    when too little would be left out to be worth it."""
    if "\r" in text.replace("\r\n", ""):
        return None  # a lone \r ends a line for Python but not for this line count
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    blanked: set[int] = set()
    kept: set[int] = set()
    for statement in tree.body:
        decorators = getattr(statement, "decorator_list", ())
        first = min([statement.lineno, *(d.lineno for d in decorators)])
        last = statement.end_lineno or statement.lineno
        span = range(first - 1, last)
        chunk = text[offsets[first - 1] : offsets[last]]
        if isinstance(statement, _COMPOUND) and not any(word in chunk for word in words):
            blanked.update(span)
        else:
            kept.update(span)
    blanked -= kept  # a line shared with a kept statement stays
    if len(blanked) < MIN_BLANKED_SHARE * len(lines):
        return None
    sparse = [
        ("\r" if line.endswith("\r") else "") if i in blanked else line
        for i, line in enumerate(lines)
    ]
    return Sparse("\n".join(sparse), lines, frozenset(blanked))


def splice(sparse: Sparse, old_parts: Sequence[str], new_parts: Sequence[str]) -> str | None:
    """The file with the codemods' changes: `old_parts` and `new_parts` are the rendered header,
    top-level statements and footer of the sparse module before and after the codemods.
    Unchanged lines come from the original, so blanked statements come back as they were."""
    if len(old_parts) != len(new_parts):
        return None  # a top-level statement was added or removed
    original = sparse.original_lines
    out: list[str] = []
    line = 0
    for old, new in zip(old_parts, new_parts, strict=True):
        count = old.count("\n")
        if old != new:
            a, b = old.split("\n"), new.split("\n")
            prefix = 0
            while prefix < min(len(a), len(b)) - 1 and a[prefix] == b[prefix]:
                prefix += 1
            suffix = 0
            while (
                suffix < min(len(a), len(b)) - prefix - 1
                and a[len(a) - 2 - suffix] == b[len(b) - 2 - suffix]
            ):
                suffix += 1
            changed = range(line + prefix, line + count - suffix)
            if any(i in sparse.blanked for i in changed):
                return None
            out.extend(original[line + i] + "\n" for i in range(prefix))
            out.extend(text + "\n" for text in b[prefix : len(b) - 1 - suffix])
            out.extend(original[i] + "\n" for i in range(line + count - suffix, line + count))
        else:
            out.extend(original[i] + "\n" for i in range(line, line + count))
        line += count
    out.extend(original[i] + "\n" for i in range(line, len(original)))
    text = "".join(out)[:-1]  # every line was given a "\n"; the last line has none of its own
    if original[-1] and text.endswith("\r"):
        # No final newline: LibCST rendered the last statement with one, "\r\n" in a CRLF file.
        text = text[:-1]
    return text
