"""Finds and runs the cases under snapshots/<set>/<CODE-slug>/.

A case is `<name>.input.<ext>`, with `<name>.expected.<ext>` when the codemod must change it
(no expected file: the output must equal the input) and `<name>.report.txt` listing the
changes and findings reported (no report file: nothing may be reported). A first line
`# snapshot-options: prose bedrock_profile=us` sets run options for that case
(`report_only=CM223`: a review-level codemod run without --unsafe; `running=CM223`: CM223 is
in the run too; `to=5`: a run to a later set).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from claude_migrate import registry
from claude_migrate.authoring.codemod import Codemod, RunOptions
from claude_migrate.discover import kind_of
from claude_migrate.pipeline import Plan, migrate_bytes
from claude_migrate.results import FileResult, Record

SNAPSHOTS = Path(__file__).resolve().parent.parent / "snapshots"
# A first line "# snapshot-options: ..." ("<!-- ... -->" in Markdown, ".. ..." in rst, "// ..."
# in the C-like languages).
_OPTIONS = re.compile(rb"^(?:#|<!--|\.\.|//) snapshot-options:(.*?)(?: -->)?$", re.MULTILINE)


@dataclass(frozen=True)
class Case:
    codemod: type[Codemod]
    input: Path

    @property
    def name(self) -> str:
        return self.input.name.split(".input.")[0]

    @property
    def expected(self) -> Path:
        return self.input.with_name(self.input.name.replace(".input.", ".expected."))

    @property
    def report(self) -> Path:
        return self.input.with_name(f"{self.name}.report.txt")

    @property
    def id(self) -> str:
        return f"{self.input.parent.parent.name}/{self.input.parent.name}/{self.name}"


def codemod_folders() -> list[Path]:
    return sorted(p for p in SNAPSHOTS.glob("*/*") if p.is_dir())


def codemod_for(folder: Path) -> type[Codemod] | None:
    """The codemod a snapshot folder belongs to: its set folder, then its CODE-slug."""
    code, _, slug = folder.name.partition("-")
    for codemod_set in registry.sets():
        if codemod_set.name == folder.parent.name:
            for codemod in codemod_set.codemods:
                if codemod.code == code and codemod.slug == slug:
                    return codemod
    return None


def all_cases() -> list[Case]:
    cases = []
    for folder in codemod_folders():
        codemod = codemod_for(folder)
        if codemod is None:
            continue  # the registry test reports it
        cases.extend(Case(codemod, p) for p in sorted(folder.glob("*.input.*")))
    return cases


def options_for(data: bytes, codemod: type[Codemod]) -> tuple[RunOptions, dict[str, bool]]:
    """Run options from the case's first line; `fact:NAME` sets a project-wide fact, as if
    another file of the project had contributed it."""
    values: dict[str, object] = {}
    facts = dict(codemod.project_facts(data))
    match = _OPTIONS.search(data)
    for word in match.group(1).decode().split() if match else ():
        if word.startswith("fact:"):
            facts[word.removeprefix("fact:")] = True
            continue
        key, _, value = word.partition("=")
        # report_only: a REVIEW codemod run without --unsafe; running: the codes of the
        # run's other codemods, as the command line passes them
        if key in ("report_only", "running"):
            values[key] = frozenset(value.split(","))
            continue
        if key == "to":  # a run to a later set than the codemod's own (--to 5)
            values["target"] = registry.parse_version(value)
            continue
        values[key] = int(value) if value.isdigit() else value or True
    values.setdefault("target", codemod.target)
    return RunOptions(**values), facts  # type: ignore[arg-type]


def run_case(codemod: type[Codemod], data: bytes, path: str, narrow: bool = True) -> FileResult:
    options, facts = options_for(data, codemod)
    plan = Plan(codemods=(codemod,), options=options, facts=facts, narrow=narrow)
    kind = kind_of(path)
    assert kind is not None, f"{path}: not a file kind claude-migrate reads"
    return migrate_bytes(data, path, plan, kind)


def report_text(result: FileResult) -> str:
    def where(record: Record) -> str:
        cell = f" (cell {record.cell} line {record.cell_line})" if record.cell is not None else ""
        return f"{record.line}:{record.column}{cell}"

    lines = [f"{where(c)} change {c.code} {c.message}" for c in result.changes]
    lines += [f"{where(f)} finding {f.code} {f.message}" for f in result.findings]
    return "".join(line + "\n" for line in lines)
