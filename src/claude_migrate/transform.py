"""Parse, transform and verify stages for Python text.

One LibCST parse per file; every selected codemod is applied to that tree in registry order
(target version, then code). The result must parse again, or the file is a failure.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Callable, Sequence

import libcst as cst

from . import sparse, statements, suppression
from .authoring import walk as cst_walk
from .authoring.codemod import Codemod, FileContext, Pending, Safety
from .results import Change, Finding, Outcome

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class TransformError(Exception):
    """The text could not be parsed, or a codemod produced text that does not parse."""


# CPython's own limits, reported before LibCST sees the text: LibCST's native parser can
# overflow the C stack on input nested this deep and take the whole process down with it.
_TOO_DEEP = ("too many nested parentheses", "too many levels of indentation", "too complex")


def python_tree(text: str) -> ast.Module | None:
    """CPython's tree of the text, asked before LibCST; None when CPython cannot read it but
    LibCST may (syntax newer than the running interpreter)."""
    try:
        tree = compile(text, "<source>", "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as exc:
        if any(reason in str(exc.msg) for reason in _TOO_DEEP):
            raise TransformError(
                f"too deeply nested to parse: {exc.msg} (line {exc.lineno})"
            ) from exc
        return None
    except (RecursionError, MemoryError, ValueError) as exc:
        raise TransformError("too deeply nested to parse") from exc
    assert isinstance(tree, ast.Module)
    return tree


def _parse_cst(text: str) -> cst.Module:
    try:
        return cst.parse_module(text)
    except cst.ParserSyntaxError as exc:
        raise TransformError(f"syntax error at line {exc.raw_line}: {exc.message}") from exc
    except RecursionError as exc:
        raise TransformError("too deeply nested to parse") from exc


def transform_python(text: str, codemods: Sequence[type[Codemod]], context: FileContext) -> Outcome:
    """Apply `codemods` in order. Line numbers refer to the text each codemod was given."""
    try:
        return _transform_python(text, codemods, context)
    except RecursionError as exc:  # LibCST recurses on nesting when parsing, walking and rendering
        raise TransformError("too deeply nested for the parser (recursion limit)") from exc


def _transform_python(
    text: str, codemods: Sequence[type[Codemod]], context: FileContext
) -> Outcome:
    tree = python_tree(text)
    if tree is not None:
        words = tuple(
            w.decode()
            for c in codemods
            for w in (*c.triggers, *c.context_triggers, *c.module_context)
        )
        needed = sparse.without_unneeded(text, tree, words)
        if needed is not None:
            outcome = _apply(text, codemods, context, needed)
            if outcome is not None:
                return outcome
    outcome = _apply(text, codemods, context, None)
    assert outcome is not None
    return outcome


def _apply(
    text: str,
    codemods: Sequence[type[Codemod]],
    context: FileContext,
    needed: sparse.Sparse | None,
) -> Outcome | None:
    """The codemods over the whole text, or over its sparse form (None when the sparse
    result cannot be put back together with certainty)."""
    module = _parse_cst(needed.text if needed is not None else text)
    has_markers = suppression.MARKER.decode() in text
    changes: list[Change] = []
    findings: list[Finding] = []
    rendered = statements.Segments()
    old_parts = rendered.parts(module) if needed is not None else []
    for codemod_class in codemods:
        segments = rendered.of(module)
        visited = segments
        skip: list[cst.CSTNode] = []
        if codemod_class.local:
            words = (*codemod_class.triggers, *codemod_class.context_triggers)
            visited = statements.relevant(segments, (w.decode() for w in words))
            kept = {id(s.node) for s in visited}
            skip = [s.node for s in segments if id(s.node) not in kept]
        codemod = codemod_class(context)
        try:
            new_module = cst_walk.transform(module, codemod, skip)
        except RecursionError as exc:
            raise TransformError("too deeply nested to transform") from exc
        if codemod_class.safety is Safety.REPORT:
            new_module = module  # it never rewrites, whatever its hooks hand back
        suppressed = suppression.for_python(module) if has_markers else suppression.Suppressions({})
        if suppressed:
            new_module = _restore_suppressed(module, new_module, suppressed, codemod_class.code)
        pending = codemod.pending
        if codemod_class.code in context.options.report_only:
            pending, new_module = [_as_finding(item) for item in pending], module
        if pending:
            # Lines of the file as the codemods before this one left it, with the left-out
            # statements in place (None: that file cannot be put together for certain, and
            # the whole file is parsed instead).
            to_file_line = (
                sparse.file_lines(needed, old_parts, rendered.parts(module))
                if needed is not None
                else _same_line
            )
            if to_file_line is None:
                return None
            _resolve(module, visited, pending, suppressed, to_file_line, changes, findings)
        module = new_module
    if needed is None:
        new_text = checked = rendered.text(module)
    else:
        new_parts = rendered.parts(module)
        spliced = sparse.splice(needed, old_parts, new_parts)
        if spliced is None:
            return None
        # Each part is a whole top-level statement, and the splice puts the left-out ones
        # back, exactly as they were, between unchanged lines outside any statement part
        # or among the comment lines before one: if the text checked here parses, so does
        # the file. Checking the sparse text keeps the cost of the check off the rest.
        new_text, checked = spliced, "".join(new_parts)
    if new_text != text:
        verify(checked)
    return Outcome(new_text, tuple(sorted(changes)), tuple(sorted(findings)))


def _same_line(line: int) -> int:
    return line


def _restore_suppressed(
    old: cst.Module, new: cst.Module, suppressed: suppression.Suppressions, code: str
) -> cst.Module:
    """Put back what `code` changed on suppressed lines; if the result does not parse, the
    codemod's whole change to this file is dropped rather than half-applied."""
    old_text, new_text = old.code, new.code
    merged = suppression.restore(old_text, new_text, suppressed.lines_for(code))
    if merged == new_text:
        return new
    try:
        return cst.parse_module(merged)
    except (cst.ParserSyntaxError, RecursionError):
        return old


def verify(new_text: str) -> None:
    """The new text must parse. Python's own parser answers first (ten times faster); LibCST,
    the parser that read the old text, decides when it says no, since the running
    interpreter may be older than the code (PEP 695 `type` statements under 3.11)."""
    try:
        compile(new_text, "<migrated>", "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        return
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        pass
    try:
        cst.parse_module(new_text)
    except (cst.ParserSyntaxError, RecursionError) as exc:
        raise TransformError(f"a codemod produced text that does not parse: {exc}") from exc


def _not_applied(code: str, message: str) -> str:
    return f"{message} (review level, not applied: run with --unsafe or --select {code})"


def _as_finding(item: Pending) -> Pending:
    if item.is_finding:
        return item
    return Pending(item.node, item.code, _not_applied(item.code, item.message), is_finding=True)


def _resolve(
    module: cst.Module,
    segments: Sequence[statements.Segment],
    pending: Sequence[Pending],
    suppressed: suppression.Suppressions,
    to_file_line: Callable[[int], int],
    changes: list[Change],
    findings: list[Finding],
) -> None:
    """Place the pending items: lines of the parsed text for the suppression comments read
    from it, the file's own lines for what is reported."""
    positions = statements.positions(module, segments, (item.node for item in pending))
    for item in pending:
        line, column = positions.get(item.node, (1, 0))
        if suppressed.covers(line, item.code):
            continue
        line, column = to_file_line(line), column + 1
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
    has_markers = suppression.MARKER.decode() in text
    for codemod in codemods:
        outcome = codemod.transform_text(new_text, fmt, context)
        if codemod.code in context.options.report_only:
            reported = (
                Finding(c.line, c.column, c.code, _not_applied(c.code, c.message))
                for c in outcome.changes
            )
            outcome = Outcome(new_text, (), (*outcome.findings, *reported))
        suppressed = suppression.for_text(new_text) if has_markers else suppression.Suppressions({})
        kept = suppression.restore(new_text, outcome.text, suppressed.lines_for(codemod.code))
        changes.extend(c for c in outcome.changes if not suppressed.covers(c.line, c.code))
        findings.extend(f for f in outcome.findings if not suppressed.covers(f.line, f.code))
        new_text = kept
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


def verify_text(new_text: str, path: str, old_text: str) -> None:
    """Verify a file's new text by its kind: Python must parse, JSON and TOML must still load."""
    from .authoring.text import text_format

    if path.endswith((".py", ".pyi")):
        verify(new_text)
    else:
        fmt = text_format(path)
        if fmt is not None:
            _verify_text(old_text, new_text, fmt)
