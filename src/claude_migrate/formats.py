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
from .edits import Edit, edit_for, file_edits
from .results import FileResult, Record, Status

# The levels, documented in the README: a pending change is a note (the tool makes it; --check
# fails on it), a finding a warning (a person decides; an error under --fail-on-findings), a
# file that failed an error.
CHANGE_LEVEL, FINDING_LEVEL, FAILURE_LEVEL = "note", "warning", "error"
GITHUB_COMMAND = {"note": "notice", "warning": "warning", "error": "error"}
# What GitHub shows: 10 annotations of each level per step (50 a job); a job summary of at
# most 1 MiB; code scanning keeps 5,000 results of a run.
ANNOTATIONS_PER_LEVEL = 10
SUMMARY_BYTES = 1_000_000
SARIF_RESULTS = 5_000

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
    findings_fail: bool = False  # --fail-on-findings: findings are errors, not warnings
    # Run-level warnings (a target set that is no longer the newest, migrated code that names
    # a model on its way out, a project SDK newer than the tables): the same lines the
    # terminal prints, so a CI report does not lose them.
    warnings: Sequence[str] = ()

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


def _record(record: Record, edit: Edit | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "code": record.code,
        "line": record.line,
        "column": record.column,
        "message": record.message,
    }
    if record.cell is not None:  # notebooks: `line` is the raw file's, `cell_line` the cell's
        entry["cell"] = record.cell
        entry["cell_line"] = record.cell_line
    if edit is not None:
        entry["edit"] = {
            "start": {"line": edit.start.line, "column": edit.start.column},
            "end": {"line": edit.end.line, "column": edit.end.column},
            "offset": edit.offset,
            "length": edit.length,
            "old_text": edit.old_text,
            "new_text": edit.new_text,
        }
    return entry


def _changes(result: FileResult) -> list[dict[str, Any]]:
    edits = file_edits(result)
    return [_record(c, edit_for(c, edits)) for c in result.changes]


def to_json(run: Run) -> str:
    files = [
        {
            "path": r.path,
            "status": r.status.value,
            "error": r.error,
            "changes": _changes(r),
            "findings": [_record(f) for f in r.findings],
        }
        for r in run.results
    ]
    files += [
        {"path": p.path, "status": "failed", "error": p.cause, "changes": [], "findings": []}
        for p in run.problems
        if p.fatal
    ]
    report = {
        "version": __version__,
        "target": run.target,
        "summary": run.counts(),
        "warnings": list(run.warnings),
        "files": files,
    }
    return json.dumps(report, indent=2) + "\n"


def _rules() -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = [
        {
            "id": code,
            "name": slug,
            "shortDescription": {"text": description.split(". ")[0]},
            "fullDescription": {"text": description},
            "help": {"text": description},
            "defaultConfiguration": {"level": FINDING_LEVEL},
            "properties": {"kind": "engine"},
        }
        for code, (slug, description) in registry.ENGINE_CODES.items()
    ]
    for codemod in registry.all_codemods():
        # What `explain` prints is each rule's help.
        help_text = codemod.description()
        level = FINDING_LEVEL if codemod.safety.value == "report" else CHANGE_LEVEL
        rules.append(
            {
                "id": codemod.code,
                "name": codemod.slug,
                "shortDescription": {"text": codemod.summary()},
                "fullDescription": {"text": help_text},
                "help": {"text": help_text},
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
                    "help": {
                        "text": f"{code}: {summary} (a finding of {codemod.code})\n\n{help_text}"
                    },
                    "defaultConfiguration": {"level": FINDING_LEVEL},
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


def _fix(path: str, edit: Edit, message: str) -> dict[str, Any]:
    return {
        "description": {"text": message},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": urllib.parse.quote(path), "uriBaseId": "%SRCROOT%"},
                "replacements": [
                    {
                        "deletedRegion": {"charOffset": edit.offset, "charLength": edit.length},
                        "insertedContent": {"text": edit.new_text},
                    }
                ],
            }
        ],
    }


def _sarif_results(run: Run, index: dict[str, int]) -> list[dict[str, Any]]:
    verb = "changed" if run.wrote else "would change"
    finding_level = FAILURE_LEVEL if run.findings_fail else FINDING_LEVEL
    results = []
    for result in run.results:
        edits = file_edits(result) if result.changes else []
        for record, kind in [
            *((c, "change") for c in result.changes),
            *((f, "finding") for f in result.findings),
        ]:
            text = f"{verb}: {record.message}" if kind == "change" else record.message
            entry: dict[str, Any] = {
                "ruleId": record.code,
                "ruleIndex": index[record.code],
                "level": CHANGE_LEVEL if kind == "change" else finding_level,
                "message": {"text": text},
                "locations": [_location(result.path, record.line, record.column)],
                "properties": {"kind": kind, **({"cell": record.cell} if record.cell else {})},
            }
            edit = edit_for(record, edits) if kind == "change" else None
            if edit is not None and not run.wrote:
                entry["fixes"] = [_fix(result.path, edit, record.message)]
            results.append(entry)
    return results


def _grouped(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One result per file, code and kind, its other places as related locations: what
    code scanning can show of a large tree (it keeps 5,000 results of a run)."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for entry in results:
        uri = entry["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        groups.setdefault((uri, entry["ruleId"], entry["properties"]["kind"]), []).append(entry)
    grouped = []
    for members in groups.values():
        first = dict(members[0])
        if len(members) > 1:
            lines = [m["locations"][0]["physicalLocation"]["region"]["startLine"] for m in members]
            first["message"] = {
                "text": f"{members[0]['message']['text']} (and {len(members) - 1} more of "
                f"{members[0]['ruleId']} in this file, lines {_lines(lines[1:])})"
            }
            first["relatedLocations"] = [
                {**m["locations"][0], "id": i} for i, m in enumerate(members[1:101], start=1)
            ]
            first["properties"] = {**first["properties"], "grouped": len(members)}
            first.pop("fixes", None)
        grouped.append(first)
    return grouped


def _lines(numbers: Sequence[int], shown: int = 20) -> str:
    text = ", ".join(str(n) for n in numbers[:shown])
    return text + (f", ... ({len(numbers) - shown} more)" if len(numbers) > shown else "")


_SEVERITY = {"error": 0, "warning": 1, "note": 2}


def to_sarif(run: Run) -> str:
    rules = _rules()
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    results = _sarif_results(run, index)
    notes: list[dict[str, Any]] = []
    if len(results) > SARIF_RESULTS:
        count = len(results)
        results = _grouped(results)
        cut = ""
        if len(results) > SARIF_RESULTS:
            results.sort(key=lambda r: _SEVERITY[r["level"]])  # stable: path order kept
            cut = f"; the first {SARIF_RESULTS:,} of {len(results):,} groups by level are kept"
            results = results[:SARIF_RESULTS]
        notes.append(
            {
                "level": "note",
                "message": {
                    "text": f"{count:,} results grouped by file and code to fit code "
                    f"scanning's {SARIF_RESULTS:,} a run{cut}; `--format json` lists them all"
                },
            }
        )
    failures = [
        {
            "level": "error",
            "message": {"text": r.error or "failed"},
            "locations": [_location(r.path)],
        }
        for r in run.results
        if r.status is Status.FAILED
    ] + [{"level": "error", "message": {"text": str(p)}} for p in run.problems if p.fatal]
    warnings = [{"level": "warning", "message": {"text": w}} for w in run.warnings]
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
                        "executionSuccessful": not failures,
                        "toolExecutionNotifications": failures + warnings + notes,
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
    """GitHub Actions workflow commands: a notice per change, a warning per finding (an error
    under --fail-on-findings), an error per file that failed. GitHub shows 10 of each level
    a step: the first 10 of each are printed, then one line that counts the rest."""
    verb = "changed" if run.wrote else "would change"
    finding_level = FAILURE_LEVEL if run.findings_fail else FINDING_LEVEL
    by_level: dict[str, list[str]] = {FAILURE_LEVEL: [], FINDING_LEVEL: [], CHANGE_LEVEL: []}
    for result in run.results:
        where = f"file={_escape_property(result.path)}"
        if result.status is Status.FAILED:
            by_level[FAILURE_LEVEL].append(
                f"::error {where},title=claude-migrate::{_escape_data(result.error or 'failed')}"
            )
        for change in result.changes:
            title = _escape_property(f"{change.code} ({verb})")
            by_level[CHANGE_LEVEL].append(
                f"::notice {where},line={change.line},col={change.column},title={title}::{_escape_data(change.message)}"
            )
        for finding in result.findings:
            title = _escape_property(finding.code)
            command = GITHUB_COMMAND[finding_level]
            by_level[finding_level].append(
                f"::{command} {where},line={finding.line},col={finding.column},title={title}::{_escape_data(finding.message)}"
            )
    by_level[FAILURE_LEVEL] += [
        f"::error title=claude-migrate::{_escape_data(str(p))}" for p in run.problems if p.fatal
    ]
    # Run-level warnings come first and are never cut: there are a few a run at most.
    lines = [f"::warning title=claude-migrate::{_escape_data(w)}" for w in run.warnings]
    left: list[str] = []
    names = {CHANGE_LEVEL: "change", FINDING_LEVEL: "finding", FAILURE_LEVEL: "error"}
    for level in (FAILURE_LEVEL, FINDING_LEVEL, CHANGE_LEVEL):
        commands = by_level[level]
        # The run's warnings take their share of the warnings GitHub shows.
        taken = len(run.warnings) if GITHUB_COMMAND[level] == "warning" else 0
        room = max(ANNOTATIONS_PER_LEVEL - taken, 0)
        lines += commands[:room]
        rest = len(commands) - room
        if rest > 0:
            left.append(f"{rest:,} {names[level]} annotation{'s' if rest != 1 else ''}")
    if left:
        # Not a workflow command: a plain line in the log, so that it is never itself cut.
        lines.append(
            f"claude-migrate: {', '.join(left)} not shown (GitHub shows "
            f"{ANNOTATIONS_PER_LEVEL} of each level a step); the job summary and SARIF "
            "report list them"
        )
    return "".join(line + "\n" for line in lines)


def to_markdown(run: Run, budget: int = SUMMARY_BYTES) -> str:
    """A pull-request comment: counts per codemod, the list for review, the diff folded away.
    It fits in `budget` bytes (GitHub's job summary takes 1 MiB): what does not fit is cut,
    whole files and whole lines, and a note says what was cut."""
    counts = run.counts()
    by_code: dict[str, list[int]] = {}
    for code, n in counts["changes_by_code"].items():
        by_code.setdefault(_owner(code), [0, 0])[0] += n
    for code, n in counts["findings_by_code"].items():
        by_code.setdefault(_owner(code), [0, 0])[1] += n
    verb = "changed" if run.wrote else "would change"
    head = [
        f"## claude-migrate: migration to Claude {run.target}",
        "",
        f"**{counts['files_changed']} file{'s' if counts['files_changed'] != 1 else ''} {verb}** "
        f"({counts['changes']} changes), **{counts['findings']} findings** left for review, "
        f"{counts['files_failed']} failed; {counts['files_scanned']} files scanned.",
        "",
    ]
    if by_code:
        head += ["| Codemod | | Changes | Findings |", "| --- | --- | ---: | ---: |"]
        for code, (changes, findings) in sorted(by_code.items()):
            codemod = registry.finding_owner(code)
            slug = codemod.slug if codemod else ""
            head.append(f"| {code} | {slug} | {changes} | {findings} |")
        head.append("")
    failures = [
        f"- {_code_span(r.path)}: {_markdown_text(r.error or 'failed')}"
        for r in run.results
        if r.status is Status.FAILED
    ]
    failures += [
        f"- {_code_span(p.path)}: {_markdown_text(p.cause)}" for p in run.problems if p.fatal
    ]
    review = [
        f"- {_code_span(f'{r.path}:{f.line}')} **{f.code}** {_markdown_text(f.message)}"
        for r in run.results
        for f in r.findings
    ]
    for warning in run.warnings:
        quoted = _markdown_text(warning).replace("\n", "\n> ")
        head += [f"> **Warning:** {quoted}", ""]
    left = budget - _size(head) - 600  # room for the notes of what was cut
    cuts: list[str] = []
    # Failures first, then findings (a person must act on them), then the diff.
    failures, cut = _fit(failures, left // 4)
    if cut:
        cuts.append(f"{cut:,} of {len(failures) + cut:,} failed files")
    left -= _size(failures)
    review, cut = _fit(review, left // 2)
    if cut:
        cuts.append(f"{cut:,} of {len(review) + cut:,} findings")
    left -= _size(review)
    diff_section, cut = _diff_section(run.patches, counts["files_changed"], left)
    if cut:
        cuts.append(f"the diff of {cut:,} of {len(run.patches):,} changed files")
    out = list(head)
    if cuts:
        out += [
            f"> Cut to fit GitHub's 1 MiB job summary: {'; '.join(cuts)}. "
            "`claude-migrate run --format json` (or the SARIF report) lists everything.",
            "",
        ]
    if review:
        out += ["### Left for review", "", *review, ""]
    if failures:
        out += ["### Failed", "", *failures, ""]
    out += diff_section
    return "\n".join(out).rstrip("\n") + "\n"


def _size(lines: Sequence[str]) -> int:
    return sum(len(line.encode("utf-8")) + 1 for line in lines)


def _fit(lines: list[str], budget: int) -> tuple[list[str], int]:
    """The first lines that fit in `budget` bytes, and how many were left out."""
    used = 0
    for number, line in enumerate(lines):
        used += len(line.encode("utf-8")) + 1
        if used > budget:
            return lines[:number], len(lines) - number
    return lines, 0


def _diff_section(patches: Sequence[bytes], changed: int, budget: int) -> tuple[list[str], int]:
    """The diff, in a collapsible block, of as many whole files as fit; and how many did not."""
    kept: list[str] = []
    used = 200
    for number, patch in enumerate(patches):
        text = patch.decode("utf-8", "replace")
        if used + len(text.encode("utf-8")) > budget:
            cut = len(patches) - number
            break
        kept.append(text)
        used += len(text.encode("utf-8"))
    else:
        cut = 0
    diff = "".join(kept)
    if not diff:
        return [], cut
    fence = "`" * max(3, _longest_backtick_run(diff) + 1)
    shown = f"{len(kept)} of {changed} files" if cut else f"{changed} files"
    return [
        f"<details><summary>Diff ({shown})</summary>",
        "",
        f"{fence}diff",
        diff.rstrip("\n"),
        fence,
        "",
        "</details>",
        "",
    ], cut


def _code_span(text: str) -> str:
    """`text` as inline code whatever it holds: a fence longer than any run of backticks in
    it, and line breaks shown as \\n (a file name may hold both)."""
    text = text.replace("\r", "\\r").replace("\n", "\\n")
    fence = "`" * (_longest_backtick_run(text) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


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
