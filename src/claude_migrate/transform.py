"""Parse, transform and verify stages for Python text.

One LibCST parse per file; every selected codemod is applied to that tree in registry order
(target version, then code). The result must parse again, or the file is a failure.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from .codemod import Codemod, FileContext, Pending
from .results import Change, Finding, Outcome

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class TransformError(Exception):
    """The text could not be parsed, or a codemod produced text that does not parse."""


def parse(text: str) -> cst.Module:
    try:
        return cst.parse_module(text)
    except cst.ParserSyntaxError as exc:
        raise TransformError(f"syntax error at line {exc.raw_line}: {exc.message}") from exc
    except RecursionError as exc:
        raise TransformError("too deeply nested to parse") from exc


def transform_python(text: str, codemods: Sequence[type[Codemod]], context: FileContext) -> Outcome:
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
    return Outcome(new_text, tuple(sorted(changes)), tuple(sorted(findings)))


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


def transform_text(
    text: str, fmt: str, codemods: Sequence[type[Codemod]], context: FileContext
) -> Outcome:
    """Apply the text rewrites of `codemods` to a config or documentation file."""
    changes: list[Change] = []
    findings: list[Finding] = []
    new_text = text
    for codemod in codemods:
        outcome = codemod.transform_text(new_text, fmt, context)
        new_text = outcome.text
        changes.extend(outcome.changes)
        findings.extend(outcome.findings)
    if new_text != text:
        _verify_text(text, new_text, fmt)
    return Outcome(new_text, tuple(sorted(changes)), tuple(sorted(findings)))


def _verify_text(old: str, new: str, fmt: str) -> None:
    """JSON and TOML that parsed before must parse after (YAML has no parser in the stdlib)."""
    loads = {"json": json.loads, "toml": tomllib.loads}.get(fmt)
    if loads is None:
        return
    try:
        loads(old)
    except ValueError:
        return  # it did not parse before either (e.g. JSON with comments): nothing to compare
    try:
        loads(new)
    except ValueError as exc:
        raise TransformError(
            f"a codemod produced {fmt.upper()} that does not parse: {exc}"
        ) from exc
