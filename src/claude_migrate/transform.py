"""Parse, transform and verify stages for Python text.

One LibCST parse per file; every selected codemod is applied to that tree in registry order
(target version, then code). The result must parse again, or the file is a failure.
"""

from __future__ import annotations

import ast
import functools
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import libcst as cst

from . import lossless, sparse, statements, suppression, worker
from .authoring import walk as cst_walk
from .authoring.codemod import Codemod, FileContext, Pending, Safety
from .authoring.options import MODULE_CODE
from .line_map import LineMap, back_to_old, compose, same_line
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
    except MemoryError as exc:
        if worker.LIMIT is not None:
            raise  # past the worker's memory cap: the caller names it
        raise TransformError("too deeply nested to parse") from exc
    except (RecursionError, ValueError) as exc:
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


def transform_python(
    text: str, codemods: Sequence[type[Codemod]], context: FileContext, narrow: bool = True
) -> Outcome:
    """Apply `codemods` in order. Every change and finding is placed at its line on disk.
    `narrow=False` parses and walks every statement for every codemod, whatever its scope
    (the snapshot harness checks that this never changes the outcome)."""
    held = lossless.hold(text)  # what LibCST would drop, put back after
    try:
        outcome = _transform_python(held.text, codemods, context, narrow)
    except RecursionError as exc:  # LibCST recurses on nesting when parsing, walking and rendering
        raise TransformError("too deeply nested for the parser (recursion limit)") from exc
    if outcome.text == held.text:
        return replace(outcome, text=text)
    return replace(outcome, text=held.restore(outcome.text))


def _transform_python(
    text: str, codemods: Sequence[type[Codemod]], context: FileContext, narrow: bool
) -> Outcome:
    tree = python_tree(text)
    needed = None
    # A codemod that reads the whole module needs every statement parsed; the others still
    # walk only the statements that hold their words (they did not, and every codemod of
    # a file with an assistant turn walked all of it for CM314).
    whole = any(c.scope.whole_module for c in codemods)
    if tree is not None and narrow and not whole:
        words = tuple(
            w.decode()
            for c in codemods
            for w in (*c.triggers, *c.weak_triggers, *c.scope.around, *c.scope.reads)
        )
        needed = sparse.without_unneeded(text, tree, words)
    suppressed = (
        suppression.for_python(text, tree)
        if suppression.MARKER.decode() in text
        else suppression.Suppressions({})
    )
    if needed is not None:
        outcome = _apply(text, codemods, context, needed, suppressed, narrow, needed.spans)
        if outcome is not None:
            return outcome
    spans = statements.spans(tree) if tree is not None else None
    outcome = _apply(text, codemods, context, None, suppressed, narrow, spans)
    assert outcome is not None
    return outcome


def _apply(
    text: str,
    codemods: Sequence[type[Codemod]],
    context: FileContext,
    needed: sparse.Sparse | None,
    suppressed: suppression.Suppressions,
    narrow: bool,
    spans: Sequence[statements.Span] | None,
) -> Outcome | None:
    """The codemods over the whole text, or over its sparse form (None when the sparse
    result cannot be put back together with certainty). `suppressed` is in the file's lines;
    `spans`, the top-level statements' lines in the text parsed, as CPython found them."""
    parsed = needed.text if needed is not None else text
    module = _parse_cst(parsed)
    changes: list[Change] = []
    findings: list[Finding] = []
    rendered = statements.Segments()
    if spans is not None:
        rendered.seed(module, parsed, spans)
    old_parts = rendered.parts(module) if needed is not None else []
    # Lines of the text each codemod is given -> lines of the file on disk: through every
    # earlier rewrite back to the first parsed text, then (sparse) past the left-out statements.
    to_file: LineMap = same_line
    if needed is not None:
        first_to_file = sparse.file_lines(needed, old_parts, old_parts)
        if first_to_file is None:
            return None
        to_file = first_to_file
    placing = _Placing()
    for codemod_class in codemods:
        segments = rendered.of(module)
        visited = segments
        skip: list[cst.CSTNode] = []
        if narrow and not codemod_class.scope.whole_module:
            words = (
                *codemod_class.triggers,
                *codemod_class.weak_triggers,
                *codemod_class.scope.around,
            )
            visited = statements.relevant(segments, (w.decode() for w in words))
            kept = {id(s.node) for s in visited}
            skip = [s.node for s in segments if id(s.node) not in kept]
        codemod = codemod_class(context)
        context.memo[MODULE_CODE] = (module, functools.partial(rendered.text, module))
        walked = _Entered(codemod.pending)
        try:
            new_module = cst_walk.transform(module, codemod, skip, walked.entering)
        except RecursionError as exc:
            raise TransformError("too deeply nested to transform") from exc
        if codemod_class.safety is Safety.REPORT:
            new_module = module  # it never rewrites, whatever its hooks hand back
        pending = codemod.pending
        if codemod_class.code in context.options.report_only:
            pending, new_module = [_as_finding(item) for item in pending], module
        if new_module is not module:
            old_text, new_text = rendered.text(module), rendered.text(new_module)
            to_old, touched = back_to_old(old_text, new_text)
            covered = suppressed.lines_for(codemod_class.code)
            if covered and any(to_file(line + 1) in covered for r in touched for line in r):
                mine = frozenset(
                    line for line in range(1, old_text.count("\n") + 2) if to_file(line) in covered
                )
                new_module = _restore_suppressed(module, new_module, old_text, new_text, mine)
                if new_module is not module:
                    to_old, _ = back_to_old(old_text, rendered.text(new_module))
        if pending:
            placing.add(pending, visited, walked.statements_of(codemod.pending))
        if new_module is not module:
            placing.place(module, suppressed, to_file, changes, findings)
            to_file = compose(to_file, to_old)
        module = new_module
    placing.place(module, suppressed, to_file, changes, findings)
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


class _Placing:
    """The pending items of the codemods since the module last changed: they are all
    placed in that module, so each statement is rendered once for all of them, not once
    per codemod."""

    def __init__(self) -> None:
        self._pending: list[Pending] = []
        self._visited: dict[int, statements.Segment] = {}
        self._near: dict[cst.CSTNode, cst.CSTNode] = {}

    def add(
        self,
        pending: Sequence[Pending],
        visited: Sequence[statements.Segment],
        near: Mapping[cst.CSTNode, cst.CSTNode],
    ) -> None:
        self._pending.extend(pending)
        for segment in visited:
            self._visited.setdefault(id(segment.node), segment)
        for node, statement in near.items():
            self._near.setdefault(node, statement)

    def place(
        self,
        module: cst.Module,
        suppressed: suppression.Suppressions,
        to_file: Callable[[int], int],
        changes: list[Change],
        findings: list[Finding],
    ) -> None:
        if self._pending:
            visited = sorted(self._visited.values(), key=lambda s: s.first_line)
            _resolve(
                module, visited, self._pending, suppressed, to_file, changes, findings, self._near
            )
        self._pending, self._visited, self._near = [], {}, {}


class _Entered:
    """Which top-level statement the walk was in when each pending item was recorded: most
    items are on a node of that statement, so its position is looked for there first,
    instead of rendering every statement before it."""

    def __init__(self, pending: list[Pending]) -> None:
        self._pending = pending
        self._marks: list[tuple[int, cst.CSTNode | None]] = []

    def entering(self, statement: cst.CSTNode | None) -> None:
        self._marks.append((len(self._pending), statement))

    def statements_of(self, pending: Sequence[Pending]) -> dict[cst.CSTNode, cst.CSTNode]:
        near: dict[cst.CSTNode, cst.CSTNode] = {}
        marks = self._marks
        for at, (count, statement) in enumerate(marks):
            if statement is None:
                continue
            end = marks[at + 1][0] if at + 1 < len(marks) else len(pending)
            for item in pending[count:end]:
                near.setdefault(item.node, statement)
        return near


def _restore_suppressed(
    old: cst.Module, new: cst.Module, old_text: str, new_text: str, lines: frozenset[int]
) -> cst.Module:
    """Put back what a codemod changed on suppressed `lines` (of `old_text`); if the result
    does not parse, its whole change to this file is dropped rather than half-applied."""
    merged = suppression.restore(old_text, new_text, lines)
    if merged == new_text:
        return new
    if merged == old_text:
        return old
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
    except MemoryError:
        if worker.LIMIT is not None:
            raise
    except (SyntaxError, ValueError, RecursionError):
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
    near: Mapping[cst.CSTNode, cst.CSTNode] | None = None,
) -> None:
    """Place the pending items at their lines in the file on disk, where the suppression
    comments are read too. `near`: the statement each item's node most likely is in."""
    positions = statements.positions(module, segments, (item.node for item in pending), near)
    for item in pending:
        line, column = positions.get(item.node, (1, 0))
        line, column = to_file_line(line), column + 1
        if suppressed.covers(line, item.code):
            continue
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
    """JSON and TOML that parsed before must parse after (YAML has no parser in the stdlib).
    A file that does not load to begin with (invalid TOML, JSON with comments) is not edited:
    an edit could not be checked, and line edits in a file we cannot read may land wrong."""
    loads = {"json": json.loads, "toml": tomllib.loads}.get(fmt)
    if loads is None:
        return
    try:
        loads(old)
    except (ValueError, RecursionError) as exc:
        reason = str(exc) if isinstance(exc, ValueError) else "nested too deeply"
        raise TransformError(f"not valid {fmt.upper()} ({reason}); not edited") from exc
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
