"""Top-level statements as the unit of work.

LibCST rebuilds every node a transformer walks through, so walking a whole module for a
rewrite that concerns three lines costs as much as parsing it again (measured: a 12 KB
module takes about 65 ms per codemod walk and 100 ms per position pass, against 46 ms to
parse). Each top-level statement's code is rendered once; a codemod then walks only the
statements that contain one of its triggers, and positions are resolved only for those.
Skipped statements are returned untouched, so they keep their identity across codemods.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider
from libcst.metadata.position_provider import PositionProvidingCodegenState


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
        # Positions within each statement, for as long as the statement object lives on.
        self.positions: dict[cst.BaseStatement, Mapping[cst.CSTNode, CodeRange]] = {}

    def of(self, module: cst.Module) -> list[Segment]:
        header = module.with_changes(body=[], footer=[]).code if module.header else ""
        line = 1 + header.count("\n")
        segments = []
        fresh: dict[cst.BaseStatement, str] = {}
        for statement in module.body:
            code = self._code.get(statement)
            if code is None:
                code = module.code_for_node(statement)
            fresh[statement] = code
            segments.append(Segment(statement, code, line))
            line += code.count("\n")
        self._code = fresh
        self.positions = {k: v for k, v in self.positions.items() if k in fresh}
        return segments

    def parts(self, module: cst.Module) -> list[str]:
        """The module's code in pieces: header, each top-level statement, footer."""
        header = "".join(module.code_for_node(line) for line in module.header)
        footer = "".join(module.code_for_node(line) for line in module.footer)
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
    module: cst.Module,
    segments: Sequence[Segment],
    wanted: Iterable[cst.CSTNode],
    cache: dict[cst.BaseStatement, Mapping[cst.CSTNode, CodeRange]] | None = None,
) -> dict[cst.CSTNode, CodeRange]:
    """Positions of the `wanted` nodes, resolved statement by statement where possible (and
    taken from `cache` for a statement resolved before)."""
    missing = set(wanted)
    found: dict[cst.CSTNode, CodeRange] = {}
    for segment in segments:
        if not missing:
            break
        resolved = cache.get(segment.node) if cache is not None else None
        if resolved is None:
            alone = module.with_changes(header=[], body=[segment.node], footer=[])
            resolved = _positions_of(alone)
            if cache is not None:
                cache[segment.node] = resolved
        shift = segment.first_line - 1
        for node in [n for n in missing if n in resolved]:
            where = resolved[node]
            found[node] = CodeRange(
                (where.start.line + shift, where.start.column),
                (where.end.line + shift, where.end.column),
            )
            missing.discard(node)
    if missing:  # recorded on the module itself or its header: resolve the whole module
        whole = _positions_of(module)
        found.update({n: whole[n] for n in missing if n in whole})
    return found


def _positions_of(module: cst.Module) -> Mapping[cst.CSTNode, CodeRange]:
    """What MetadataWrapper.resolve(PositionProvider) gives, in half the time: the provider's
    own codegen state fills its table, without the wrapper's second walk over the tree. These
    are LibCST internals, so a LibCST without them gets the public route."""
    try:
        provider = PositionProvider()
        state = PositionProvidingCodegenState(
            default_indent=module.default_indent,
            default_newline=module.default_newline,
            provider=provider,
        )
        module._codegen(state)
        return cast(Mapping[cst.CSTNode, CodeRange], provider._computed)
    except (AttributeError, TypeError):  # pragma: no cover - another LibCST
        return MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
