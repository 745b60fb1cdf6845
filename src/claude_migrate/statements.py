"""Top-level statements as the unit of work.

LibCST rebuilds every node a transformer walks through, so walking a whole module for a
rewrite that concerns three lines costs as much as parsing it again (measured: a 12 KB
module takes about 65 ms per codemod walk and 100 ms per position pass, against 46 ms to
parse). Each top-level statement's code is rendered once; a codemod then walks only the
statements that contain one of its triggers, and positions are resolved only for those.
Skipped statements are returned untouched, so they keep their identity across codemods.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
        header = "".join(cst_codegen.render(line, module) for line in module.header)
        footer = "".join(cst_codegen.render(line, module) for line in module.footer)
        return [header, *(s.code for s in self.of(module)), footer]

    def text(self, module: cst.Module) -> str:
        """The module's code, from the statements' rendered code (what `module.code` gives,
        without rendering the unchanged statements a second time)."""
        text = "".join(self.parts(module))
        if not module.has_trailing_newline and text.endswith(module.default_newline):
            text = text[: -len(module.default_newline)]
        return text


def relevant(segments: Sequence[Segment], triggers: Iterable[str]) -> list[Segment]:
    words = tuple(triggers)
    return [s for s in segments if any(word in s.code for word in words)]


def positions(
    module: cst.Module, segments: Sequence[Segment], wanted: Iterable[cst.CSTNode]
) -> dict[cst.CSTNode, cst_codegen.Start]:
    """Where the `wanted` nodes start in the module, found statement by statement (only
    the statements of `segments`, in order, until every node is found)."""
    missing = list(dict.fromkeys(wanted))
    found: dict[cst.CSTNode, cst_codegen.Start] = {}
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
