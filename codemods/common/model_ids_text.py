"""Model IDs in config and documentation files, a line at a time (see `textfiles`).

- Keys are never rewritten (a key naming a model makes a lookup table): reported.
- A one-line list or map naming two or more models (`models: [a, b]`) is a lookup table too.
- Values are rewritten (`model: claude-3-...`, `"model": "claude-3-..."`, `MODEL=...`,
  `run: python evals.py --model claude-3-...`); values of prose keys (`description`,
  `notes`, ...), comments and documentation files change only with --prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from claude_migrate.authoring import Change, FileContext, Finding, ModelTable, Outcome, RunOptions
from claude_migrate.authoring.tables import ANY_CLAUDE_ID, IdMatch, list_ids
from claude_migrate.authoring.text import Span, is_doc_format, line_spans, split_lines

from . import config_sampling


class _FindingCodes(Protocol):
    def code_for(self, role: str) -> str: ...


class IdCodemod(Protocol):
    """What this module reads of a set's model-ID codemod (model_ids.ModelIdCodemod)."""

    code: str
    table: ModelTable
    finding_codes: _FindingCodes
    sampling_rule: str

    @classmethod
    def reports_profile(cls, context: FileContext, found: IdMatch) -> bool: ...

    @classmethod
    def moved_later(cls, options: RunOptions, text: str) -> bool: ...

    @classmethod
    def known_later(cls, options: RunOptions, tokens: Iterable[str]) -> bool: ...


def rewrite_text(codemod: type[IdCodemod], text: str, fmt: str, context: FileContext) -> Outcome:
    prose = context.options.prose
    if is_doc_format(fmt) and not prose:
        return Outcome(text)
    changes: list[Change] = []
    findings: list[Finding] = []
    lines = split_lines(text)
    bodies = [line.rstrip("\r\n") for line in lines]
    out: list[str] = []
    tables = _KeyTables(codemod)
    all_spans: list[list[Span]] = []
    moved: list[config_sampling.Moved] = []
    for number, (line, body, line_spans_) in enumerate(
        zip(lines, bodies, line_spans(bodies, fmt), strict=True), start=1
    ):
        ending = line[len(body) :]
        all_spans.append(line_spans_)
        tables.line(body)
        inline = _inline_table(body, line_spans_)
        if inline is not None:
            _report(codemod, context, findings, number, body, inline)
            line_spans_ = [s for s in line_spans_ if s.role == "comment"]
        edits: list[tuple[int, int, str]] = []
        for span in line_spans_:
            segment = body[span.start : span.end]
            if span.role == "key":
                tables.key(number, segment)
                continue
            if span.role in ("comment", "prose") and not prose:
                continue
            for found in codemod.table.find(segment):
                column = span.start + found.start + 1
                replacement = _resolve(codemod, context, found, number, column, changes, findings)
                if replacement is not None:
                    edits.append((span.start + found.start, span.start + found.end, replacement))
                    if not codemod.moved_later(context.options, replacement):
                        moved.append(config_sampling.Moved(number, replacement))
        for start, end, replacement in reversed(edits):
            body = body[:start] + replacement + body[end:]
        out.append(body + ending)
    findings.extend(tables.findings(context.options))
    findings.extend(_sampling(codemod, bodies, all_spans, moved))
    return Outcome("".join(out), tuple(changes), tuple(findings))


def _sampling(
    codemod: type[IdCodemod],
    bodies: list[str],
    spans: list[list[Span]],
    moved: list[config_sampling.Moved],
) -> list[Finding]:
    """Sampling parameters beside a moved ID that its new model rejects (see config_sampling):
    with the "pair" rule, top_p where temperature is set too; with "each", every one."""
    found = list(config_sampling.beside(bodies, spans, moved))
    code = codemod.finding_codes.code_for("sampling")
    result = []
    for item in found:
        models = f"models of the {codemod.table.version} generation"
        if codemod.sampling_rule == "pair":
            names = {other.name for other in found if other.moved == item.moved}
            if item.name != "top_p" or "temperature" not in names:
                continue
            why = f"{models} reject temperature together with top_p: keep one"
        else:
            why = f"{models} reject {item.name}: remove it"
        result.append(
            Finding(
                item.line,
                item.column,
                code,
                f"{item.name} beside {item.moved.new} (migrated on line {item.moved.line}): "
                f"{why} (config files are reported here, not changed)",
            )
        )
    return result


class _KeyTables:
    """Keys naming models, one finding per mapping (a 130-key price table is one table): keys
    belong to the open table until a line indented less than its first key, or a TOML/INI
    `[header]`, closes it."""

    def __init__(self, codemod: type[IdCodemod]) -> None:
        self.codemod = codemod
        self.tables: list[tuple[int, int, set[str]]] = []  # (first line, key count, old IDs)
        self.open_indent: int | None = None  # indent of the open table's keys
        self.indent = 0  # of the current line

    def line(self, body: str) -> None:
        stripped = body.lstrip()
        self.indent = len(body) - len(stripped)
        if self.open_indent is None or not stripped:
            return
        if self.indent < self.open_indent or stripped.startswith("["):
            self.open_indent = None

    def key(self, number: int, segment: str) -> None:
        old = {f.token for f in self.codemod.table.find(segment)}
        if not old:
            return
        if self.open_indent is None:
            self.tables.append((number, 0, set()))
            self.open_indent = self.indent
        line, count, ids = self.tables[-1]
        self.tables[-1] = (line, count + 1, ids | old)

    def findings(self, options: RunOptions) -> list[Finding]:
        return [
            _table_finding(
                self.codemod,
                line,
                "a key naming a model" if count == 1 else f"{count} keys naming models",
                sorted(ids),
            )
            for line, count, ids in self.tables
            if not self.codemod.known_later(options, ids)
        ]


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
    superseded = resolution.new and codemod.moved_later(context.options, resolution.new)
    if resolution.finding and codemod.reports_profile(context, found) and not superseded:
        code = codemod.finding_codes.code_for("profile")
        findings.append(Finding(line, column, code, resolution.finding))
    if resolution.new is not None:
        message = f"{found.token} -> {resolution.new} ({found.model.name})"
        changes.append(Change(line, column, codemod.code, message))
    return resolution.new


_LIST = re.compile(r"\[[^\[\]]*\]")
# A model ID written as a key of a one-line flow mapping: `{claude-3-opus-20240229: 15}`.
_FLOW_KEY = re.compile(ANY_CLAUDE_ID.pattern + r"[\"']?\s*:(?:\s|$)")


def _inline_table(body: str, spans: list[Span]) -> str | None:
    """A list on one line naming two or more models (`models: [a, b]`), or a one-line flow
    mapping keyed by model IDs. A one-line mapping whose *values* are models and whose keys
    are roles (`{"fast": "claude-...", "smart": "claude-..."}`) is configuration: it
    migrates like the same mapping over several lines."""
    code = body[: min((s.start for s in spans if s.role == "comment"), default=len(body))]
    listed = {i for m in _LIST.finditer(code) for i in ANY_CLAUDE_ID.findall(m.group(0))}
    if len(listed) >= 2:
        return "a one-line list naming several models"
    # JSON keys are spans of their own (reported as keys); YAML and TOML flow keys are not.
    flow_keys = len([s for s in spans if s.role == "key"]) <= 1 and "{" in code
    if flow_keys and _FLOW_KEY.search(code, code.index("{") if "{" in code else 0) is not None:
        return "a one-line mapping keyed by model IDs"
    return None


def _report(
    codemod: type[IdCodemod],
    context: FileContext,
    findings: list[Finding],
    line: int,
    text: str,
    what: str,
) -> None:
    old = sorted({f.token for f in codemod.table.find(text)})
    if old and not codemod.known_later(context.options, old):
        findings.append(_table_finding(codemod, line, what, old))


def _table_finding(codemod: type[IdCodemod], line: int, what: str, old: list[str]) -> Finding:
    return Finding(
        line,
        1,
        codemod.finding_codes.code_for("table"),
        f"{what}: a lookup table, not a call site; left unchanged "
        f"(IDs older than {codemod.table.version}: {list_ids(old)})",
    )
