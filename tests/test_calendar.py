"""Warnings that follow the calendar, the project's SDK against the tables, and `models` rows
against section 3 of the 5.5 facts file (corrections found on 2026-12-01)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from claude_migrate import model_report, registry, sdk_tables
from claude_migrate.authoring.tables import load

DAY = dt.date(2026, 12, 1)
SEVEN = ["global", "us", "eu", "apac", "jp", "au", "us-gov"]


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claude_migrate", *args], capture_output=True, text=True, cwd=cwd
    )


def by_name(rows: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(row["name"]): row for row in rows}


def test_models_as_of_2026_12_01_matches_section_3_row_by_row() -> None:
    data = json.loads(cli("models", "--as-of", "2026-12-01", "--format", "json").stdout)
    sets = {s["version"]: s for s in data["sets"]}
    targets_45 = by_name(sets["4.5"]["targets"])
    models_5 = by_name(sets["5"]["models"])
    targets_5 = by_name(sets["5"]["targets"])
    models_55 = by_name(sets["5.5"]["models"])
    # 1. Opus 4.5: deprecated 2026-11-23, retires 2027-01-22, replacement Opus 5.5.
    for row in (models_5["Claude Opus 4.5"], models_55["Claude Opus 4.5"]):
        assert (row["status"], row["deprecated"], row["retired"]) == (
            "deprecated",
            "2026-11-23",
            "2027-01-22",
        )
        assert row["recommended"]["id"] == "claude-opus-5-5"
    opus45 = targets_45["Claude Opus 4.5"]
    assert opus45["status"] == "deprecated since 2026-11-23; scheduled to retire on 2027-01-22"
    assert opus45["successor"] == "claude-opus-5-5"
    # 2. Sonnet 4.5: retired on first-party platforms, not on Bedrock.
    sonnet45 = models_55["Claude Sonnet 4.5"]
    assert (sonnet45["status"], sonnet45["retired"]) == ("retired", "2026-11-30")
    bedrock = {p["platform"]: p for p in sonnet45["platforms"]}["bedrock"]
    assert (bedrock["status"], bedrock["retired"]) == ("active", "2027-04-08")
    assert targets_45["Claude Sonnet 4.5"]["status"] == "retired on 2026-11-30"
    # 3. Haiku 4.5: Legacy, migrate to Haiku 5.5.
    haiku45 = models_55["Claude Haiku 4.5"]
    assert haiku45["status"] == "legacy" and haiku45["recommended"]["id"] == "claude-haiku-5-5"
    assert targets_45["Claude Haiku 4.5"]["status"].startswith("Legacy since")
    # 4. Opus 5 / Sonnet 5: Legacy, floors unchanged.
    for name, floor in (("Claude Opus 5", "2027-07-24"), ("Claude Sonnet 5", "2027-06-30")):
        assert targets_5[name]["status"].startswith("Legacy since"), name
        assert floor in targets_5[name]["note"]
        assert models_55[name]["status"] == "legacy"
    # 5 and 6. Real profile lists for the 5 generation, us-gov. everywhere.
    for family in targets_5.values():
        assert family["bedrock_profiles"] == SEVEN
    assert "us-gov" in targets_45["Claude Sonnet 4.5"]["bedrock_profiles"]
    for version in ("4.5", "5", "5.5"):
        table = dict(registry.model_tables((5, 5)))[version]
        assert "us-gov" in table.known_profiles, version
    # 7. apac. Sonnet 4 under --to 5 maps straight to apac. Sonnet 5.
    assert "anthropic.claude-sonnet-4-20250514-v1:0" in models_5["Claude Sonnet 4"]["bedrock"]
    # 8. The replacements Anthropic names now.
    for name, successor in (
        ("Claude Sonnet 4.5", "claude-sonnet-5-5"),
        ("Claude Opus 4.5", "claude-opus-5-5"),
        ("Claude Haiku 4.5", "claude-haiku-5-5"),
        ("Claude Opus 5", "claude-opus-5-5"),
        ("Claude Sonnet 5", "claude-sonnet-5-5"),
    ):
        assert models_55[name]["recommended"]["id"] == successor, name
    # 11. Vertex @default forms are read.
    assert "claude-opus-5@default" in models_55["Claude Opus 5"]["vertex"]


def test_apac_sonnet_4_lands_on_apac_sonnet_5_under_to_5(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text('M = "apac.anthropic.claude-sonnet-4-20250514-v1:0"\n')
    result = cli("run", "--no-cache", "--to", "5", "app.py", cwd=tmp_path)
    assert '+M = "apac.anthropic.claude-sonnet-5"' in result.stdout


def test_models_text_has_a_legend_and_no_empty_brackets() -> None:
    out = cli("models", "--as-of", "2026-12-01").stdout
    assert "()" not in out
    assert "Sources of set 5.5:" in out
    assert "  [LL]       litellm 1.110.2" in out
    assert "not described in the table" not in out
    assert "Claude Opus 4.5: deprecated (deprecated 2026-11-23, retires 2027-01-22)" in out


def test_every_source_key_has_a_legend_entry() -> None:
    assert model_report.missing_legend(registry.model_tables(registry.newest_version())) == {}


def test_a_run_to_an_older_set_says_so_once_first(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text('MODEL = "claude-3-5-sonnet-20241022"\n')
    to_5 = cli("run", "--no-cache", "--to", "5", "a.py", cwd=tmp_path).stderr.splitlines()
    assert to_5[0].startswith("warning: --to 5 lands on Legacy models (")
    assert to_5[0].endswith("; --to 5.5 is available")
    assert sum("is available" in line for line in to_5) == 1
    assert "is available" not in cli("run", "--no-cache", "a.py", cwd=tmp_path).stderr


def test_stale_target_warning_names_each_status() -> None:
    families = load("claude_migrate.codemods.v4_5").families.values()
    line = model_report.stale_target_warning((4, 5), "4.5", "5.5", families, DAY)
    assert line == (
        "--to 4.5 lands on retired, deprecated and Legacy models (Claude Sonnet 4.5 retired; "
        "Claude Opus 4.5 deprecated; Claude Haiku 4.5 Legacy); --to 5.5 is available"
    )
    early = model_report.stale_target_warning((4, 5), "4.5", "5.5", families, dt.date(2026, 1, 1))
    assert early == "--to 4.5 is not the newest set; --to 5.5 is available"


def test_a_deprecated_landing_id_is_reported_with_its_date_per_platform() -> None:
    tables = [load("claude_migrate.codemods.v4_5")]
    text = [
        b'+OPUS = "claude-opus-4-5-20251101"',
        b'+SONNET = "claude-sonnet-4-5"',
        b'+BEDROCK = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"',
    ]
    warnings = model_report.landing_warnings(tables, text, DAY, "5.5")
    assert warnings == [
        "the migrated code now names claude-opus-4-5-20251101 (Claude Opus 4.5), which was "
        "deprecated on 2026-11-23 and is listed to retire on 2027-01-22 on the Claude API "
        "([SDK215] DEPRECATED_MODELS, [SDKCL] 2.13.0); consider --to 5.5",
        "the migrated code now names claude-sonnet-4-5 (Claude Sonnet 4.5), which was deprecated "
        "on 2026-09-30 and retired on 2026-11-30 on the Claude API ([OV-L]; [SDKCL] 2.15.0 "
        "removed it from the SDK's Model literal); consider --to 5.5",
        "the migrated code now names anthropic.claude-sonnet-4-5-20250929-v1:0 (Claude Sonnet 4.5), "
        "which is listed to retire on 2027-04-08 on Amazon Bedrock ([LL] (unconfirmed)); "
        "consider --to 5.5",
    ]
    assert model_report.landing_warnings(tables, [b'+M = "claude-haiku-4-5"'], DAY, "5.5") == []


def test_a_run_to_4_5_warns_about_opus_4_5_before_the_summary(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text('MODEL = "claude-3-opus-20240229"\n')
    lines = cli("run", "--no-cache", "--to", "4.5", "a.py", cwd=tmp_path).stderr.splitlines()
    landing = [
        i for i, line in enumerate(lines) if "claude-opus-4-5-20251101 (Claude Opus 4.5)" in line
    ]
    summary = [i for i, line in enumerate(lines) if line.startswith("Would change")]
    assert landing and summary and landing[0] < summary[0]
    assert "deprecated on 2026-11-23" in lines[landing[0]]


def fake_sdk(project: Path, version: str, models: list[str], deprecated: dict[str, str]) -> None:
    package = project / ".venv" / "lib" / "python3.12" / "site-packages" / "anthropic"
    (package / "types").mkdir(parents=True)
    (package / "_data").mkdir()
    literal = ",\n".join(f'        "{m}"' for m in models)
    (package / "types" / "model.py").write_text(
        "from typing import Union\nfrom typing_extensions import Literal\n\n"
        f"Model = Union[\n    Literal[\n{literal},\n    ],\n    str,\n]\n"
    )
    entries = "".join(f'    "{k}": "{v}",\n' for k, v in deprecated.items())
    (package / "_data" / "deprecated_models.py").write_text(
        f"DEPRECATED_MODELS = {{\n{entries}}}\n"
    )
    (package / "_version.py").write_text(f'__title__ = "anthropic"\n__version__ = "{version}"\n')
    # It must never be imported: importing it would raise.
    (package / "__init__.py").write_text("raise SystemExit('imported the project SDK')\n")


def test_a_newer_project_sdk_is_named_in_one_line(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    fake_sdk(
        tmp_path,
        "2.16.0",
        ["claude-opus-5-5", "claude-opus-6", "claude-haiku-5-5", "claude-sonnet-6"],
        {"claude-opus-4-5": "January 22nd, 2027", "claude-opus-5": "March 1st, 2027"},
    )
    (tmp_path / "app.py").write_text('MODEL = "claude-opus-5"\n')
    result = cli("run", "--no-cache", "app.py", cwd=tmp_path)
    stale = [line for line in result.stderr.splitlines() if "upgrade claude-migrate" in line]
    assert stale == [
        "warning: the project's anthropic 2.16.0 (.venv/lib/python3.12/site-packages/anthropic) "
        "knows models claude-opus-6, claude-sonnet-6 and deprecations of claude-opus-5 "
        "(end of life March 1st, 2027) that claude-migrate's model tables do not: upgrade "
        "claude-migrate"
    ]


def test_a_project_sdk_the_tables_cover_says_nothing(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    fake_sdk(
        tmp_path,
        "2.15.0",
        ["claude-opus-5-5", "claude-sonnet-5-5", "claude-haiku-5-5", "claude-mythos-5-2"],
        {
            "claude-mythos-preview": "June 30th, 2026",
            "claude-opus-4-5-20251101": "January 22nd, 2027",
        },
    )
    (tmp_path / "app.py").write_text('MODEL = "claude-opus-5"\n')
    assert "upgrade claude-migrate" not in cli("run", "--no-cache", "app.py", cwd=tmp_path).stderr


def test_a_locked_newer_sdk_is_said_without_ids(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "uv.lock").write_text(
        'version = 1\n\n[[package]]\nname = "anthropic"\nversion = "2.16.1"\n'
    )
    sdk = sdk_tables.find(str(tmp_path))
    assert sdk is not None and sdk.version == "2.16.1" and sdk.where == "uv.lock"
    line = sdk_tables.stale_line(sdk, [t for _, t in registry.model_tables((5, 5))])
    assert line is not None and "newer than the 2.15.0" in line
    (tmp_path / "uv.lock").write_text(
        'version = 1\n\n[[package]]\nname = "anthropic"\nversion = "2.15.0"\n'
    )
    sdk = sdk_tables.find(str(tmp_path))
    assert sdk is not None
    assert sdk_tables.stale_line(sdk, [t for _, t in registry.model_tables((5, 5))]) is None


def test_machine_formats_carry_the_run_warnings_the_terminal_prints(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text('MODEL = "claude-3-opus-20240229"\n')
    run = ("run", "--no-cache", "--to", "4.5", "a.py")
    terminal = [
        line.removeprefix("warning: ")
        for line in cli(*run, cwd=tmp_path).stderr.splitlines()
        if line.startswith("warning: ")
    ]
    assert any(w.startswith("--to 4.5 lands on retired") for w in terminal), terminal
    assert any("listed to retire on 2027-01-22" in w for w in terminal), terminal
    report = json.loads(cli(*run, "--format", "json", cwd=tmp_path).stdout)
    assert report["warnings"] == terminal
    sarif = json.loads(cli(*run, "--format", "sarif", cwd=tmp_path).stdout)
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notes if n["level"] == "warning"] == terminal
    github = cli(*run, "--format", "github", cwd=tmp_path).stdout.splitlines()
    assert [g for g in github if g.startswith("::warning title=claude-migrate::")] == [
        "::warning title=claude-migrate::" + w for w in terminal
    ]
    markdown = cli(*run, "--format", "markdown", cwd=tmp_path).stdout
    assert markdown.count("> **Warning:**") == len(terminal)
    # The newest target on code that lands on current models says nothing in any format.
    newest = cli("run", "--no-cache", "a.py", "--format", "json", cwd=tmp_path)
    assert json.loads(newest.stdout)["warnings"] == []
