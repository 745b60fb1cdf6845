"""Every snapshot case, checked three ways: expected bytes, output parses, second run is a no-op."""

from __future__ import annotations

import libcst
import pytest
from snapshot_cases import Case, all_cases, codemod_folders, codemod_for, report_text, run_case

from claude_migrate import lang, registry
from claude_migrate.authoring.codemod import Safety
from claude_migrate.lang import grammars
from claude_migrate.results import Status

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_snapshot(case: Case, snapshot_update: bool) -> None:
    data = case.input.read_bytes()
    result = run_case(case.codemod, data, case.input.name)
    assert result.status is not Status.FAILED, result.error
    output = result.new_bytes if result.new_bytes is not None else data
    report = report_text(result)

    if snapshot_update:
        _update(case, data, output, report)

    if case.expected.exists():
        assert output != data, "a case with an expected file must change"
        # Compare as text first for a readable failure; bytes decide (newlines, encoding).
        assert output.decode("utf-8", "replace") == case.expected.read_bytes().decode(
            "utf-8", "replace"
        )
        assert output == case.expected.read_bytes()
    else:
        assert output == data, "a case without an expected file must come back unchanged"
    assert report == (case.report.read_text(encoding="utf-8") if case.report.exists() else "")

    if case.input.suffix == ".py":
        libcst.parse_module(output.decode(result.encoding))
    language = lang.kind_of(case.input.name)
    if language is not None:  # the language's own grammar reads the output without an error
        grammar = grammars.grammar_for(case.input.name, language)
        assert not grammars.parse(output, grammar).root_node.has_error

    # The codemod's scope narrows what is parsed and walked; with narrowing off, the same.
    whole = run_case(case.codemod, data, case.input.name, narrow=False)
    assert (whole.new_bytes, whole.changes, whole.findings) == (
        result.new_bytes,
        result.changes,
        result.findings,
    ), "the case's outcome depends on narrowing: widen the codemod's scope"

    again = run_case(case.codemod, output, case.input.name)
    assert again.status is Status.UNCHANGED, "a second run must change nothing"
    assert not again.changes
    first = sorted((f.code, f.message) for f in result.findings)
    assert all(f in first for f in ((f.code, f.message) for f in again.findings)), (
        "a second run must report nothing new"
    )


def _update(case: Case, data: bytes, output: bytes, report: str) -> None:
    if output != data:
        case.expected.write_bytes(output)
    elif case.expected.exists():
        case.expected.unlink()
    if report:
        case.report.write_text(report, encoding="utf-8")
    elif case.report.exists():
        case.report.unlink()


def test_every_codemod_has_change_and_noop_cases() -> None:
    by_codemod = {c: [case for case in CASES if case.codemod is c] for c in registry.all_codemods()}
    for codemod, cases in by_codemod.items():
        if codemod.safety is Safety.REPORT:  # never rewrites: its "change" cases are findings
            assert any(case.report.exists() for case in cases), (
                f"{codemod.code} has no finding case"
            )
            # A leave-alone case of a report-only codemod reports nothing.
            assert any(not case.report.exists() for case in cases), (
                f"{codemod.code} has no case it must leave alone (no report file)"
            )
        else:
            assert any(case.expected.exists() for case in cases), (
                f"{codemod.code} has no change case"
            )
        assert any(not case.expected.exists() for case in cases), f"{codemod.code} has no noop case"


def test_case_names_are_unique_in_a_folder() -> None:
    seen: set[tuple[str, str]] = set()
    for case in CASES:
        key = (str(case.input.parent), case.name)
        assert key not in seen, f"two cases named {case.name} share one report file"
        seen.add(key)


def test_every_snapshot_folder_has_a_codemod() -> None:
    for folder in codemod_folders():
        assert codemod_for(folder) is not None, f"{folder} names no registered codemod"
