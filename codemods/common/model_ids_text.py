"""Model IDs in config and documentation files, a line at a time (see `textfiles`).

- Keys are never rewritten (a key naming a model makes a lookup table): reported.
- A one-line list or map naming two or more models (`models: [a, b]`) is a lookup table too.
- Values are rewritten (`model: claude-3-...`, `"model": "claude-3-..."`, `MODEL=...`,
  `run: python evals.py --model claude-3-...`); values of prose keys (`description`,
  `notes`, ...), comments and documentation files change only with --prose.
"""

from __future__ import annotations

from typing import Protocol

from claude_migrate.authoring import Change, FileContext, Finding, ModelTable, Outcome
from claude_migrate.authoring.tables import ANY_CLAUDE_ID, IdMatch
from claude_migrate.authoring.text import Span, is_doc_format, line_spans, split_lines


class _FindingCodes(Protocol):
    def code_for(self, role: str) -> str: ...


class IdCodemod(Protocol):
    """What this module reads of a set's model-ID codemod (model_ids.ModelIdCodemod)."""

    code: str
    table: ModelTable
    finding_codes: _FindingCodes


def rewrite_text(codemod: type[IdCodemod], text: str, fmt: str, context: FileContext) -> Outcome:
    prose = context.options.prose
    if is_doc_format(fmt) and not prose:
        return Outcome(text)
    changes: list[Change] = []
    findings: list[Finding] = []
    lines = split_lines(text)
    bodies = [line.rstrip("\r\n") for line in lines]
    out: list[str] = []
    for number, (line, body, line_spans_) in enumerate(
        zip(lines, bodies, line_spans(bodies, fmt), strict=True), start=1
    ):
        ending = line[len(body) :]
        if _is_inline_table(body, line_spans_):
            _report(codemod, findings, number, body, "a one-line list naming several models")
            line_spans_ = [s for s in line_spans_ if s.role == "comment"]
        edits: list[tuple[int, int, str]] = []
        for span in line_spans_:
            segment = body[span.start : span.end]
            if span.role == "key":
                _report(codemod, findings, number, segment, "a key naming a model")
                continue
            if span.role in ("comment", "prose") and not prose:
                continue
            for found in codemod.table.find(segment):
                column = span.start + found.start + 1
                replacement = _resolve(codemod, context, found, number, column, changes, findings)
                if replacement is not None:
                    edits.append((span.start + found.start, span.start + found.end, replacement))
        for start, end, replacement in reversed(edits):
            body = body[:start] + replacement + body[end:]
        out.append(body + ending)
    return Outcome("".join(out), tuple(changes), tuple(findings))


def _resolve(
    codemod: type[IdCodemod],
    context: FileContext,
    found: IdMatch,
    line: int,
    column: int,
    changes: list[Change],
    findings: list[Finding],
) -> str | None:
    resolution = codemod.table.resolve(found, context.options.bedrock_profile)
    if resolution.finding and codemod.reports_profile(context, found):
        code = codemod.finding_codes.code_for("profile")
        findings.append(Finding(line, column, code, resolution.finding))
    if resolution.new is not None:
        message = f"{found.token} -> {resolution.new} ({found.model.name})"
        changes.append(Change(line, column, codemod.code, message))
    return resolution.new


def _is_inline_table(body: str, spans: list[Span]) -> bool:
    """A list or map on one line that names two or more models: `models: [a, b]`."""
    code = body[: min((s.start for s in spans if s.role == "comment"), default=len(body))]
    return ("[" in code or "{" in code) and len(set(ANY_CLAUDE_ID.findall(code))) >= 2


def _report(
    codemod: type[IdCodemod], findings: list[Finding], line: int, text: str, what: str
) -> None:
    old = sorted({f.token for f in codemod.table.find(text)})
    if old:
        findings.append(
            Finding(
                line,
                1,
                codemod.finding_codes.code_for("table"),
                f"{what}: a lookup table, not a call site; left unchanged "
                f"(IDs older than {codemod.table.version}: {', '.join(old)})",
            )
        )
