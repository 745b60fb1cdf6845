"""Machine-readable and review formats of a run: json, sarif, github, markdown.

Pure functions from results to text; the CLI prints what they return. The JSON schema is
documented in the README and kept stable: fields are only ever added.
"""

from __future__ import annotations

import json
import urllib.parse
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from . import __version__, registry
from .discover import Problem
from .results import FileResult, Record, Status

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)


@dataclass(frozen=True)
class Run:
    """Everything a format needs: the results in path order, and what the run was."""

    results: Sequence[FileResult]
    problems: Sequence[Problem]
    target: str
    scanned: int
    prefiltered: int
    wrote: bool
    patches: Sequence[bytes] = ()  # the unified diff of each changed file, for markdown

    def counts(self) -> dict[str, Any]:
        statuses = Counter(r.status for r in self.results)
        failed = statuses[Status.FAILED] + sum(1 for p in self.problems if p.fatal)
        return {
            "files_scanned": self.scanned,
            "files_without_triggers": self.prefiltered,
            "files_changed": statuses[Status.CHANGED],
            "files_unchanged": statuses[Status.UNCHANGED],
            "files_skipped": statuses[Status.SKIPPED],
            "files_failed": failed,
            "changes": sum(len(r.changes) for r in self.results),
            "findings": sum(len(r.findings) for r in self.results),
            "changes_by_code": dict(
                sorted(Counter(c.code for r in self.results for c in r.changes).items())
            ),
            "findings_by_code": dict(
                sorted(Counter(f.code for r in self.results for f in r.findings).items())
            ),
        }


def _record(record: Record) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "code": record.code,
        "line": record.line,
        "column": record.column,
        "message": record.message,
    }
    if record.cell is not None:  # notebooks: `line` is the raw file's, `cell_line` the cell's
        entry["cell"] = record.cell
        entry["cell_line"] = record.cell_line
    return entry


def to_json(run: Run) -> str:
    files = [
        {
            "path": r.path,
            "status": r.status.value,
            "error": r.error,
            "changes": [_record(c) for c in r.changes],
            "findings": [_record(f) for f in r.findings],
        }
        for r in run.results
    ]
    files += [
        {"path": p.path, "status": "failed", "error": p.cause, "changes": [], "findings": []}
        for p in run.problems
        if p.fatal
    ]
    report = {"version": __version__, "target": run.target, "summary": run.counts(), "files": files}
    return json.dumps(report, indent=2) + "\n"


def _rules() -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = [
        {
            "id": code,
            "name": slug,
            "shortDescription": {"text": description.split(". ")[0]},
            "fullDescription": {"text": description},
            "defaultConfiguration": {"level": "warning"},
            "properties": {"kind": "engine"},
        }
        for code, (slug, description) in registry.ENGINE_CODES.items()
    ]
    for codemod in registry.all_codemods():
        level = "note" if codemod.safety.value == "report" else "warning"
        rules.append(
            {
                "id": codemod.code,
                "name": codemod.slug,
                "shortDescription": {"text": codemod.summary()},
                "fullDescription": {"text": codemod.description()},
                "defaultConfiguration": {"level": level},
                "properties": {
                    "kind": "codemod",
                    "safety": codemod.safety.value,
                    "target": registry.version_label(codemod.target),
                },
            }
        )
        for code, summary in codemod.finding_codes.items():
            rules.append(
                {
                    "id": code,
                    "name": f"{codemod.slug}-finding",
                    "shortDescription": {"text": summary},
                    "fullDescription": {
                        "text": f"A finding of {codemod.code}. {codemod.description()}"
                    },
                    "defaultConfiguration": {"level": "warning"},
                    "properties": {"kind": "finding", "codemod": codemod.code},
                }
            )
    return rules


def _location(path: str, line: int | None = None, column: int | None = None) -> dict[str, Any]:
    location: dict[str, Any] = {
        "artifactLocation": {"uri": urllib.parse.quote(path), "uriBaseId": "%SRCROOT%"}
    }
    if line is not None:
        location["region"] = {"startLine": line, "startColumn": column or 1}
    return {"physicalLocation": location}


def to_sarif(run: Run) -> str:
    rules = _rules()
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    verb = "changed" if run.wrote else "would change"
    results = []
    for result in run.results:
        for record, kind in [
            *((c, "change") for c in result.changes),
            *((f, "finding") for f in result.findings),
        ]:
            text = f"{verb}: {record.message}" if kind == "change" else record.message
            results.append(
                {
                    "ruleId": record.code,
                    "ruleIndex": index[record.code],
                    "level": "warning",
                    "message": {"text": text},
                    "locations": [_location(result.path, record.line, record.column)],
                    "properties": {"kind": kind, **({"cell": record.cell} if record.cell else {})},
                }
            )
    notifications = [
        {
            "level": "error",
            "message": {"text": r.error or "failed"},
            "locations": [_location(r.path)],
        }
        for r in run.results
        if r.status is Status.FAILED
    ] + [{"level": "error", "message": {"text": str(p)}} for p in run.problems if p.fatal]
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {"name": "claude-migrate", "version": __version__, "rules": rules}
                },
                "invocations": [
                    {
                        "executionSuccessful": not notifications,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": results,
                "properties": {"target": run.target},
            }
        ],
    }
    return json.dumps(document, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(run: Run) -> str:
    """GitHub Actions workflow commands: a notice per change, a warning per finding, an error
    per file that failed."""
    lines = []
    verb = "changed" if run.wrote else "would change"
    for result in run.results:
        where = f"file={_escape_property(result.path)}"
        if result.status is Status.FAILED:
            lines.append(
                f"::error {where},title=claude-migrate::{_escape_data(result.error or 'failed')}"
            )
        for change in result.changes:
            title = _escape_property(f"{change.code} ({verb})")
            lines.append(
                f"::notice {where},line={change.line},col={change.column},title={title}::{_escape_data(change.message)}"
            )
        for finding in result.findings:
            title = _escape_property(finding.code)
            lines.append(
                f"::warning {where},line={finding.line},col={finding.column},title={title}::{_escape_data(finding.message)}"
            )
    lines += [
        f"::error title=claude-migrate::{_escape_data(str(p))}" for p in run.problems if p.fatal
    ]
    return "".join(line + "\n" for line in lines)


def to_markdown(run: Run) -> str:
    """A pull-request comment: counts per codemod, the diff folded away, the list for review."""
    counts = run.counts()
    by_code: dict[str, list[int]] = {}
    for code, n in counts["changes_by_code"].items():
        by_code.setdefault(_owner(code), [0, 0])[0] += n
    for code, n in counts["findings_by_code"].items():
        by_code.setdefault(_owner(code), [0, 0])[1] += n
    verb = "changed" if run.wrote else "would change"
    out = [
        f"## claude-migrate: migration to Claude {run.target}",
        "",
        f"**{counts['files_changed']} file{'s' if counts['files_changed'] != 1 else ''} {verb}** "
        f"({counts['changes']} changes), **{counts['findings']} findings** left for review, "
        f"{counts['files_failed']} failed; {counts['files_scanned']} files scanned.",
        "",
    ]
    if by_code:
        out += ["| Codemod | | Changes | Findings |", "| --- | --- | ---: | ---: |"]
        for code, (changes, findings) in sorted(by_code.items()):
            codemod = registry.finding_owner(code)
            slug = codemod.slug if codemod else ""
            out.append(f"| {code} | {slug} | {changes} | {findings} |")
        out.append("")
    diff = b"".join(run.patches).decode("utf-8", "replace")
    if diff:
        fence = "`" * max(3, _longest_backtick_run(diff) + 1)
        out += [
            f"<details><summary>Diff ({counts['files_changed']} files)</summary>",
            "",
            f"{fence}diff",
            diff.rstrip("\n"),
            fence,
            "",
            "</details>",
            "",
        ]
    review = [
        f"- `{r.path}:{f.line}` **{f.code}** {_markdown_text(f.message)}"
        for r in run.results
        for f in r.findings
    ]
    failures = [
        f"- `{r.path}`: {_markdown_text(r.error or 'failed')}"
        for r in run.results
        if r.status is Status.FAILED
    ]
    failures += [f"- `{p.path}`: {_markdown_text(p.cause)}" for p in run.problems if p.fatal]
    if review:
        out += ["### Left for review", "", *review, ""]
    if failures:
        out += ["### Failed", "", *failures, ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _owner(code: str) -> str:
    owner = registry.finding_owner(code)
    return owner.code if owner else code


def _longest_backtick_run(text: str) -> int:
    longest = current = 0
    for char in text:
        current = current + 1 if char == "`" else 0
        longest = max(longest, current)
    return longest


def _markdown_text(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


FORMATS = {"json": to_json, "sarif": to_sarif, "github": to_github, "markdown": to_markdown}
