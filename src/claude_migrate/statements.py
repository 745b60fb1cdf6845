"""Top-level statements as the unit of work.

LibCST rebuilds every node a transformer walks through, so walking a whole module for a
rewrite that concerns three lines costs as much as parsing it again (measured: a 12 KB
module takes about 65 ms per codemod walk and 100 ms per position pass, against 46 ms to
parse). Each top-level statement's code is rendered once; a codemod then walks only the
statements that contain one of its triggers, and positions are resolved only for those.
Skipped statements are returned untouched, so they keep their identity across codemods.

The code of the statements as parsed is not rendered at all: LibCST renders a tree back to
exactly the text it was parsed from, so each statement's code is its slice of that text,
cut where CPython's tree says the statement starts, less the comment and blank lines LibCST
gives it before that (`Segments.seed`). Only statements a codemod rebuilt are rendered.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import libcst as cst

from . import cst_codegen


@dataclass(frozen=True)
class Segment:
    node: cst.BaseStatement
    code: str
    first_line: int  # 1-based line of the statement's first (leading) line in the module


class Segments:
    """The module's top-level statements with their code; code is kept per statement object,
    so after a codemod only the statements it rebuilt are rendered again."""

    def __init__(self) -> None:
        self._code: dict[cst.BaseStatement, str] = {}
        self._lines: dict[cst.EmptyLine, str] = {}  # header and footer lines

    def seed(self, module: cst.Module, text: str, spans: Sequence[Span]) -> bool:
        """Take the code of `module`'s statements, header and footer from `text`, the text it
        was parsed from, instead of rendering them; `spans` are the lines of the top-level
        statements CPython found in `text`. False (nothing taken) where the cut cannot be
        made with certainty."""
        cut = source_parts(module, text, spans)
        if cut is None:
            return False
        header, codes, footer = cut
        self._code = dict(zip(module.body, codes, strict=True))
        self._lines.update(zip(module.header, header, strict=True))
        self._lines.update(zip(module.footer, footer, strict=True))
        return True

    def of(self, module: cst.Module) -> list[Segment]:
        # Each header item is one line. (Counting the rendered header's newlines was one short
        # in a file without a final newline, whose last newline the rendering drops.)
        line = 1 + len(module.header)
        segments = []
        fresh: dict[cst.BaseStatement, str] = {}
        for statement in module.body:
            code = self._code.get(statement)
            if code is None:
                code = cst_codegen.render(statement, module)
            fresh[statement] = code
            segments.append(Segment(statement, code, line))
            line += code.count("\n")
        self._code = fresh
        return segments

    def parts(self, module: cst.Module) -> list[str]:
        """The module's code in pieces: header, each top-level statement, footer."""
        header = "".join(self._line(line, module) for line in module.header)
        footer = "".join(self._line(line, module) for line in module.footer)
        return [header, *(s.code for s in self.of(module)), footer]

    def _line(self, line: cst.EmptyLine, module: cst.Module) -> str:
        code = self._lines.get(line)
        if code is None:
            code = self._lines[line] = cst_codegen.render(line, module)
        return code

    def text(self, module: cst.Module) -> str:
        """The module's code, from the statements' rendered code (what `module.code` gives,
        without rendering the unchanged statements a second time)."""
        text = "".join(self.parts(module))
        if not module.has_trailing_newline and text.endswith(module.default_newline):
            text = text[: -len(module.default_newline)]
        return text


Span = tuple[int, int]  # a top-level statement's first and last line, 1-based


def spans(tree: ast.Module) -> list[Span]:
    """The lines of each top-level statement of CPython's tree, its decorators included."""
    found = []
    for statement in tree.body:
        decorators = getattr(statement, "decorator_list", ())
        first = min([statement.lineno, *(d.lineno for d in decorators)])
        found.append((first, statement.end_lineno or statement.lineno))
    return found


def source_parts(
    module: cst.Module, text: str, statement_spans: Sequence[Span]
) -> tuple[list[str], list[str], list[str]] | None:
    """The lines of `module`'s header, the code of each of its statements and the lines of
    its footer, cut from `text` (what rendering them would give), or None when the cut is
    not certain: a lone carriage return (a line break to CPython, not to this count), a
    statement count that differs (`a = 1; b = 2` is one statement here, two in CPython's
    tree, and is joined), anything but blank and comment lines between statements, or an
    end that is not what rendering gives."""
    if not module.body or ("\r" in text and text.count("\r") != text.count("\r\n")):
        return None
    pieces = text.split("\n")
    lines = [piece + "\n" for piece in pieces[:-1]]
    if pieces[-1]:  # no final newline: rendering ends the last line with the module's
        lines.append(pieces[-1] + module.default_newline)
    joined: list[list[int]] = []
    for first, last in statement_spans:
        if joined and first <= joined[-1][1]:
            joined[-1][1] = max(last, joined[-1][1])
        else:
            joined.append([first, last])
    body = module.body
    if len(joined) != len(body):
        return None
    end = len(lines) - len(module.footer)  # 0-based, exclusive
    starts = [first - 1 - len(s.leading_lines) for (first, _), s in zip(joined, body, strict=True)]
    if starts[0] != len(module.header) or joined[-1][1] > end:
        return None
    ends = [*starts[1:], end]
    for (first, last), start, stop in zip(joined, starts, ends, strict=True):
        # Before a statement's first line, its leading lines; past its last line, up to the
        # next one's leading lines, what LibCST keeps with it (an indented block's footer):
        # only comment and blank lines either way.
        if stop < last or not all(
            _blank_or_comment(lines[i]) for i in (*range(start, first - 1), *range(last, stop))
        ):
            return None
    codes = ["".join(lines[a:b]) for a, b in zip(starts, ends, strict=True)]
    footer = lines[end:]
    # The one place LibCST's round trip is known to lose lines that the engine does not hold
    # back: blank lines before a last line of spaces. In a text that ends so, the last
    # statement and the footer are rendered to see that they are what was cut (rendering
    # the last statement of every file was 3% of the work on a small one).
    if pieces[-1] and not pieces[-1].strip():
        tail = [cst_codegen.render(line, module) for line in module.footer]
        if cst_codegen.render(body[-1], module) != codes[-1] or tail != footer:
            return None
    return lines[: starts[0]], codes, footer


def _blank_or_comment(line: str) -> bool:
    rest = line.lstrip(" \t\f")
    return not rest or rest[0] in "#\r\n"


def relevant(segments: Sequence[Segment], triggers: Iterable[str]) -> list[Segment]:
    words = tuple(triggers)
    return [s for s in segments if any(word in s.code for word in words)]


def positions(
    module: cst.Module,
    segments: Sequence[Segment],
    wanted: Iterable[cst.CSTNode],
    near: Mapping[cst.CSTNode, cst.CSTNode] | None = None,
) -> dict[cst.CSTNode, cst_codegen.Start]:
    """Where the `wanted` nodes start in the module, found statement by statement: first in
    the statement `near` names for a node (where the walk was when it was recorded), then in
    the statements of `segments`, in order, until every node is found."""
    missing = list(dict.fromkeys(wanted))
    found: dict[cst.CSTNode, cst_codegen.Start] = {}
    if near:
        guesses: dict[cst.CSTNode, list[cst.CSTNode]] = {}
        for node in missing:
            statement = near.get(node)
            if statement is not None:
                guesses.setdefault(statement, []).append(node)
        for segment in segments:
            nodes = guesses.get(segment.node)
            if nodes:
                here = cst_codegen.starts(segment.node, nodes, module)
                shift = segment.first_line - 1
                found.update({n: (line + shift, column) for n, (line, column) in here.items()})
        missing = [node for node in missing if node not in found]
    for segment in segments:
        if not missing:
            break
        here = cst_codegen.starts(segment.node, missing, module)
        shift = segment.first_line - 1
        found.update({node: (line + shift, column) for node, (line, column) in here.items()})
        missing = [node for node in missing if node not in here]
    if missing:  # recorded on the module itself or its header: render the whole module
        found.update(cst_codegen.starts(module, missing, module))
    return found
