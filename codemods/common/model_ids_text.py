"""Model IDs in config and documentation files, a line at a time (see `textfiles`).

- Keys are never rewritten (a key naming a model makes a lookup table): reported.
- A list naming two or more models (`models: [a, b]`, or one item a line) is a lookup table
  too, and so is a one-line map keyed by model IDs.
- Values are rewritten (`model: claude-3-...`, `"model": "claude-3-..."`, `MODEL=...`,
  `run: python evals.py --model claude-3-...`); values of prose keys (`description`,
  `notes`, ...), comments and documentation files change only with --prose, and the IDs
  left in text that way are counted in one finding per file (lines named).
- A mapping's values, a list of rows or a one-line map (config_groups) whose rewrite would
  make two distinct IDs equal, where the whole run leaves them, is left whole and reported
  once, as the Python side does with registries (model_id_groups).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from claude_migrate.authoring import Change, FileContext, Finding, ModelTable, Outcome, RunOptions
from claude_migrate.authoring.tables import ANY_CLAUDE_ID, IdMatch, list_ids
from claude_migrate.authoring.text import Span, is_doc_format, line_spans, split_lines

from . import config_groups, config_sampling


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

    @classmethod
    def later_tables(cls, options: RunOptions) -> list[ModelTable]: ...

    @classmethod
    def earlier_tables(cls) -> list[ModelTable]: ...

    @classmethod
    def older(cls, text: str) -> list[IdMatch]: ...


def rewrite_text(codemod: type[IdCodemod], text: str, fmt: str, context: FileContext) -> Outcome:
    prose = context.options.prose
    lines = split_lines(text)
    bodies = [line.rstrip("\r\n") for line in lines]
    all_spans = list(line_spans(bodies, fmt))
    if is_doc_format(fmt) and not prose:
        return Outcome(text, (), tuple(_left_in_prose(codemod, context, bodies, all_spans)))
    changes: list[Change] = []
    findings: list[Finding] = []
    tables = _KeyTables(codemod)
    proposed: list[list[_Proposal]] = []
    rewritten: list[list[Span]] = []
    for number, (body, spans) in enumerate(zip(bodies, all_spans, strict=True), start=1):
        tables.line(body)
        inline = _inline_table(body, spans)
        if inline is not None:
            _report(codemod, context, findings, number, body, inline)
            spans = [s for s in spans if s.role == "comment"]
        for span in spans:
            if span.role == "key":
                tables.key(number, body[span.start : span.end])
        spans = [
            s for s in spans if s.role == "value" or (prose and s.role in ("comment", "prose"))
        ]
        rewritten.append(spans)
        proposed.append(_proposals(codemod, context, body, spans))
    frozen = _registries(codemod, context, bodies, all_spans, rewritten, proposed, fmt, findings)
    out: list[str] = []
    moved: list[config_sampling.Moved] = []
    for number, (line, body, proposals) in enumerate(zip(lines, bodies, proposed, strict=True), 1):
        ending = line[len(body) :]
        edits: list[tuple[int, int, str]] = []
        for proposal in [] if number - 1 in frozen else proposals:
            column = proposal.start + 1
            replacement = _resolve(
                codemod, context, proposal.found, number, column, changes, findings
            )
            if replacement is not None:
                edits.append((proposal.start, proposal.end, replacement))
                if not codemod.moved_later(context.options, replacement):
                    moved.append(config_sampling.Moved(number, replacement))
        for start, end, replacement in reversed(edits):
            body = body[:start] + replacement + body[end:]
        out.append(body + ending)
    findings.extend(tables.findings(context.options))
    findings.extend(_sampling(codemod, bodies, all_spans, moved))
    if not prose:
        findings.extend(_left_in_prose(codemod, context, bodies, all_spans))
    return Outcome("".join(out), tuple(changes), tuple(findings))


@dataclass(frozen=True)
class _Proposal:
    """A model ID the rewrite would move, before anything is recorded."""

    start: int  # in the line
    end: int
    found: IdMatch
    new: str  # what it would become (the ID itself where only a finding applies)
    final: str  # where the whole run leaves it (see _final)


def _proposals(
    codemod: type[IdCodemod], context: FileContext, body: str, spans: list[Span]
) -> list[_Proposal]:
    result = []
    for span in spans:
        for found in codemod.table.find(body[span.start : span.end]):
            resolution = codemod.table.resolve(found, context.options.bedrock_profile)
            new = resolution.new or found.token
            result.append(
                _Proposal(
                    span.start + found.start,
                    span.start + found.end,
                    found,
                    new,
                    _final(codemod, context, new),
                )
            )
    return result


def _registries(
    codemod: type[IdCodemod],
    context: FileContext,
    bodies: list[str],
    all_spans: list[list[Span]],
    rewritten: list[list[Span]],
    proposed: list[list[_Proposal]],
    fmt: str,
    findings: list[Finding],
) -> set[int]:
    """The lines (0-based) left whole because they hold a registry, each reported once: a
    list over several lines naming two or more models (a lookup table, as on one line),
    and a mapping, row list or one-line map whose rewrite would make two distinct IDs equal
    (the rule the Python side follows, model_id_groups)."""
    frozen: set[int] = set()
    for index in range(len(proposed)):
        merges = _merges(codemod, context, bodies, rewritten, proposed, [index])
        if merges:  # a one-line map (`{"fast": ..., "smart": ...}`) on its own
            frozen.add(index)
            _report_merge(codemod, context, findings, index, "a one-line mapping", merges)
    for group in config_groups.groups(bodies, all_spans, fmt):
        lines = [i for i in group.lines if i not in frozen]
        # Items that are a model ID and nothing else (not `- MODEL=claude-...` in a compose
        # file's environment list).
        items = [i for i in group.items if _is_id_item(bodies[i], rewritten[i])]
        named = {m.group(0) for i in items for s in rewritten[i] for m in _ids(bodies[i], s)}
        if group.kind == config_groups.LIST and len(items) >= 2 and len(named) >= 2:
            old = sorted(
                {
                    f.token
                    for i in items
                    for s in rewritten[i]
                    for f in _older(codemod, bodies[i], s)
                }
            )
            if any(proposed[i] for i in items):
                frozen.update(items)
            if old and not codemod.known_later(context.options, old):
                findings.append(
                    _table_finding(codemod, items[0] + 1, "a list naming several models", old)
                )
            lines = [i for i in lines if i not in frozen]
        merges = _merges(codemod, context, bodies, rewritten, proposed, lines)
        if merges:
            frozen.update(lines)
            what = "items of a list" if group.kind == config_groups.LIST else "values of a mapping"
            _report_merge(codemod, context, findings, lines[0], what, merges)
    return frozen


def _is_id_item(body: str, spans: list[Span]) -> bool:
    """A list item whose value is one model ID, quoted or not (a trailing comma allowed)."""
    if len(spans) != 1:
        return False
    value = body[spans[0].start : spans[0].end].strip().rstrip(",").strip().strip("\"'")
    return ANY_CLAUDE_ID.search(value) is not None and not any(c in value for c in " \t=")


def _older(codemod: type[IdCodemod], body: str, span: Span) -> list[IdMatch]:
    return codemod.older(body[span.start : span.end])


def _ids(body: str, span: Span) -> Iterable[re.Match[str]]:
    return ANY_CLAUDE_ID.finditer(body, span.start, span.end)


def _merges(
    codemod: type[IdCodemod],
    context: FileContext,
    bodies: list[str],
    rewritten: list[list[Span]],
    proposed: list[list[_Proposal]],
    lines: list[int],
) -> dict[str, set[str]]:
    """New ID -> the distinct IDs it would be made from, where there are two or more."""
    olds_by_new: dict[str, set[str]] = {}
    for index in lines:
        for proposal in proposed[index]:
            olds_by_new.setdefault(proposal.final, set()).add(proposal.found.token)
        for span in rewritten[index]:
            for match in _ids(bodies[index], span):
                if not any(
                    p.start < match.end() and match.start() < p.end for p in proposed[index]
                ):
                    final = _final(codemod, context, match.group(0))
                    olds_by_new.setdefault(final, set()).add(match.group(0))
    moving = {p.found.token for i in lines for p in proposed[i] if p.new != p.found.token}
    return {new: olds for new, olds in olds_by_new.items() if len(olds) >= 2 and olds & moving}


def _final(codemod: type[IdCodemod], context: FileContext, text: str) -> str:
    """Where the whole run leaves an ID: two IDs this set keeps apart may still land on one
    ID of a later set (claude-opus-4-1 and claude-opus-4-7 under --to 5)."""
    profile = context.options.bedrock_profile
    for table in (*codemod.earlier_tables(), codemod.table, *codemod.later_tables(context.options)):
        text = table.rewrite(text, profile)[0]
    return text


def _report_merge(
    codemod: type[IdCodemod],
    context: FileContext,
    findings: list[Finding],
    index: int,
    what: str,
    merges: dict[str, set[str]],
) -> None:
    olds = sorted({old for group in merges.values() for old in group})
    if any(codemod.moved_later(context.options, old) for old in olds):
        return  # a later set moves one of them too: it leaves the registry and reports it
    said = "; ".join(
        f"{' and '.join(sorted(olds))} would {'both' if len(olds) == 2 else 'all'} become {new}"
        for new, olds in sorted(merges.items())
    )
    findings.append(
        Finding(
            index + 1,
            1,
            codemod.finding_codes.code_for("table"),
            f"{what}: one rewrite would merge distinct models ({said}); left unchanged so its "
            "entries stay distinct: migrate it by hand",
        )
    )


def _left_in_prose(
    codemod: type[IdCodemod],
    context: FileContext,
    bodies: list[str],
    all_spans: list[list[Span]],
) -> list[Finding]:
    """One finding for the file: how many old IDs stay in text for people (a docs file, a
    config value under a prose key such as `description`) without --prose, and on which
    lines. Comments are not counted: they are notes, not text anyone reads as output."""
    places: list[int] = []
    count = 0
    for number, (body, spans) in enumerate(zip(bodies, all_spans, strict=True), start=1):
        for span in spans:
            if span.role != "prose":
                continue
            for found in codemod.older(body[span.start : span.end]):
                if codemod.known_later(context.options, [found.token]):
                    continue
                count += 1
                if number not in places:
                    places.append(number)
    if not count:
        return []
    shown = list_ids([str(n) for n in places])
    return [
        Finding(
            places[0],
            1,
            codemod.finding_codes.code_for("prose"),
            f"{count} model ID{'s' if count != 1 else ''} older than {codemod.table.version} "
            f"left in text (line{'s' if len(places) != 1 else ''} {shown}): text, not a call "
            "site; review them, or run with --prose to migrate them",
        )
    ]


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
        old = {f.token for f in self.codemod.older(segment)}
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
    old = sorted({f.token for f in codemod.older(text)})
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
