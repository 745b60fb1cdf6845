"""Parse, transform and verify stages for Python text.

One LibCST parse per file; every selected codemod is applied to that tree in registry order
(target version, then code). The result must parse again, or the file is a failure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from .codemod import Codemod, FileContext, Pending
from .results import Change, Finding


class TransformError(Exception):
    """The text could not be parsed, or a codemod produced text that does not parse."""


@dataclass(frozen=True)
class TransformOutcome:
    text: str
    changes: tuple[Change, ...]
    findings: tuple[Finding, ...]


def parse(text: str) -> cst.Module:
    try:
        return cst.parse_module(text)
    except cst.ParserSyntaxError as exc:
        raise TransformError(f"syntax error at line {exc.raw_line}: {exc.message}") from exc
    except RecursionError as exc:
        raise TransformError("too deeply nested to parse") from exc


def transform_python(
    text: str, codemods: Sequence[type[Codemod]], context: FileContext
) -> TransformOutcome:
    """Apply `codemods` in order. Line numbers refer to the text each codemod was given."""
    module = parse(text)
    changes: list[Change] = []
    findings: list[Finding] = []
    for codemod_class in codemods:
        codemod = codemod_class(context)
        try:
            new_module = module.visit(codemod)
        except RecursionError as exc:
            raise TransformError("too deeply nested to transform") from exc
        if codemod.pending:
            _resolve(module, codemod.pending, changes, findings)
        module = new_module
    new_text = module.code
    if new_text != text:
        verify(new_text)
    return TransformOutcome(new_text, tuple(sorted(changes)), tuple(sorted(findings)))


def verify(new_text: str) -> None:
    """The new text must parse with the same parser that read the old one."""
    try:
        cst.parse_module(new_text)
    except (cst.ParserSyntaxError, RecursionError) as exc:
        raise TransformError(f"a codemod produced text that does not parse: {exc}") from exc


def _resolve(
    module: cst.Module,
    pending: Sequence[Pending],
    changes: list[Change],
    findings: list[Finding],
) -> None:
    # unsafe_skip_copy keeps node identity, so the nodes recorded during the visit are keys.
    positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    for item in pending:
        pos = positions.get(item.node)
        line, column = (pos.start.line, pos.start.column + 1) if pos else (1, 1)
        if item.is_finding:
            findings.append(Finding(line, column, item.code, item.message))
        else:
            changes.append(Change(line, column, item.code, item.message))
