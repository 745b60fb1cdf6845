"""Parsing only what the codemods will look at.

LibCST parses about 4 ms per KB here, and a candidate file usually has its Claude code in a
few of its top-level statements. CPython's parser (already run as a guard, ten times faster)
gives every top-level statement's lines. A compound statement (a function, a class, an `if`
block...) that contains none of the running codemods' words is left out of the text LibCST
sees; simple statements (imports, constants) always stay, since codemods read them for
context (`model=MODEL`). The lines are left out, not blanked: LibCST makes a node of every
blank line and renders it again with its statement, which cost more than the code itself
(measured: 9.6 ms to parse and 2.6 ms to render a typical sparse text with the blank lines,
3.4 and 1.1 without); so are the blank lines between two left-out statements.
`file_lines` maps a line of the sparse text back to the file's.

After the codemods, `splice` rebuilds the file from the original lines, taking from the new
rendering only the lines that changed. Where that cannot be done with certainty (a codemod
added or removed a top-level statement, or changed lines next to left-out ones), it answers
None and the caller parses the whole file instead.
"""

from __future__ import annotations

import ast
import bisect
import itertools
import sys
from collections.abc import Callable, Sequence
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

# Below this share of left-out lines the whole file is parsed: the splice would save little.
MIN_LEFT_OUT_SHARE = 0.25


@dataclass(frozen=True)
class Sparse:
    text: str  # what LibCST parses: the file without the unneeded statements
    original_lines: list[str]  # the file split on "\n", without the "\n"
    kept: list[int]  # for each line of `text`, the 0-based index of the original line
    # The first and last line (1-based, in `text`) of each top-level statement kept.
    spans: list[tuple[int, int]]


def without_unneeded(text: str, tree: ast.Module, words: Sequence[str]) -> Sparse | None:
    """The file without the compound statements that contain none of `words`, or None when
    too little would be left out to be worth it."""
    if "\r" in text and "\r" in text.replace("\r\n", ""):
        return None  # a lone \r ends a line for Python but not for this line count
    lines = text.split("\n")
    # Line k starts after the k lines before it and their k newlines.
    before = list(itertools.accumulate(map(len, lines), initial=0))
    holds_word = _word_finder(text, words)
    left_out: set[int] = set()
    needed: set[int] = set()
    kept_spans: list[tuple[int, int]] = []
    gap_from = None  # 0-based line after the last statement, when it was left out
    for statement in tree.body:
        decorators = getattr(statement, "decorator_list", ())
        first = min([statement.lineno, *(d.lineno for d in decorators)])
        last = statement.end_lineno or statement.lineno
        span = range(first - 1, last)
        if isinstance(statement, _COMPOUND) and not holds_word(
            before[first - 1] + first - 1, before[last] + last
        ):
            left_out.update(span)
            if gap_from is not None:
                # Blank lines between two left-out statements go too: LibCST would make a
                # node of each (two between every pair of functions).
                left_out.update(i for i in range(gap_from, first - 1) if not lines[i].strip())
            gap_from = last
        else:
            needed.update(span)
            kept_spans.append((first, last))
            gap_from = None
    left_out -= needed  # a line shared with a needed statement stays
    if len(left_out) < MIN_LEFT_OUT_SHARE * len(lines):
        return None
    kept = [i for i in range(len(lines)) if i not in left_out]
    at = {line: index for index, line in enumerate(kept)}
    spans = [(at[first - 1] + 1, at[last - 1] + 1) for first, last in kept_spans]
    return Sparse("\n".join(lines[i] for i in kept), lines, kept, spans)


def _word_finder(text: str, words: Sequence[str]) -> Callable[[int, int], bool]:
    """Whether text[start:end], a run of whole lines, holds one of `words`. Every word is
    looked for once in the whole text, not once in every statement (the words of sixteen
    codemods over a 200-function module were a millisecond a file)."""
    unique = set(words)
    if "" in unique or any("\n" in word or "\r" in word for word in unique):
        return lambda start, end: any(word in text[start:end] for word in unique)
    found: list[int] = []
    for word in unique:
        at = text.find(word)
        while at != -1:
            found.append(at)
            at = text.find(word, at + 1)
    found.sort()

    def holds_word(start: int, end: int) -> bool:
        # A word lies within one line, and the run ends with a whole line: a word that
        # starts in it ends in it.
        index = bisect.bisect_left(found, start)
        return index < len(found) and found[index] < end

    return holds_word


@dataclass(frozen=True)
class Spliced:
    lines: list[str]  # the file's lines, each with a "\n" (the last one's is not its own)
    # For each line of the sparse text the parts were rendered into, 0-based, the index of
    # the file line it became.
    file_line: list[int]

    def text(self, original_lines: Sequence[str]) -> str:
        text = "".join(self.lines)[:-1]  # the last line has no "\n" of its own
        if original_lines[-1] and text.endswith("\r"):
            # No final newline: LibCST rendered the last statement with one, "\r\n" in a
            # CRLF file.
            text = text[:-1]
        return text


def splice(sparse: Sparse, old_parts: Sequence[str], new_parts: Sequence[str]) -> str | None:
    """The file with the codemods' changes: `old_parts` and `new_parts` are the rendered header,
    top-level statements and footer of the sparse module before and after the codemods.
    Unchanged lines come from the original, so left-out statements come back as they were."""
    spliced = align(sparse, old_parts, new_parts)
    return spliced.text(sparse.original_lines) if spliced is not None else None


def file_lines(
    sparse: Sparse, old_parts: Sequence[str], new_parts: Sequence[str]
) -> Callable[[int], int] | None:
    """For the sparse text rendered as `new_parts`, its line numbers (1-based) as they are in
    the file with the changes so far, where the left-out statements stand between them."""
    spliced = align(sparse, old_parts, new_parts)
    if spliced is None:
        return None
    mapped = spliced.file_line
    return lambda line: mapped[line - 1] + 1 if 0 < line <= len(mapped) else line


def align(sparse: Sparse, old_parts: Sequence[str], new_parts: Sequence[str]) -> Spliced | None:
    """The file's lines with the changes from `old_parts` to `new_parts`, and where each new
    sparse line went (None when that cannot be done with certainty: a top-level statement
    was added or removed, or a change touches a left-out statement)."""
    if len(old_parts) != len(new_parts):
        return None  # a top-level statement was added or removed
    original, kept = sparse.original_lines, sparse.kept
    out: list[str] = []
    file_line: list[int] = []
    done = 0  # the original lines before this one are in `out`
    line = 0  # the old sparse line the current part starts on

    def unchanged(sparse_lines: range) -> None:
        shift = len(out) - done  # lines gained (or lost) before them
        file_line.extend(kept[s] + shift for s in sparse_lines)

    for old, new in zip(old_parts, new_parts, strict=True):
        count = old.count("\n")
        if old == new:
            unchanged(range(line, line + count))
            line += count
            continue
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
        start, end = line + prefix, line + count - suffix  # the old sparse lines replaced
        first = _original(kept, start - 1, original) + 1
        after = _original(kept, end, original)
        if after - first != end - start:
            return None  # a left-out statement lies within or right next to the change
        unchanged(range(line, start))
        out.extend(original[i] + "\n" for i in range(done, first))
        middle = b[prefix : len(b) - 1 - suffix]
        file_line.extend(range(len(out), len(out) + len(middle)))
        out.extend(text + "\n" for text in middle)
        done = after
        unchanged(range(end, line + count))
        line += count
    out.extend(original[i] + "\n" for i in range(done, len(original)))
    return Spliced(out, file_line)


def _original(kept: Sequence[int], line: int, original: Sequence[str]) -> int:
    """The original index of sparse line `line`, counting one before the first and one past
    the last as the file's own ends."""
    if line < 0:
        return -1
    return kept[line] if line < len(kept) else len(original)
