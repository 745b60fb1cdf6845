"""`claude-migrate models` and the warning about targets that retire themselves."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from claude_migrate import model_report, registry
from claude_migrate.authoring.tables import load


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claude_migrate", *args], capture_output=True, text=True, cwd=cwd
    )


def test_models_as_of_shows_status_replacement_recommendation_and_source() -> None:
    result = cli("models", "--as-of", "2026-11-21")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Claude models as of 2026-11-21" in out
    opus3 = out[out.index("Claude Opus 3:") :].split("\n\n")[0]
    assert "retired (deprecated 2025-06-30, retired 2026-01-05)" in opus3
    assert "Migrates to:  claude-opus-4-5-20251101 (Claude Opus 4.5)" in opus3
    assert "Recommended:  claude-opus-4-8 (Anthropic's table as of 2026-08-22, [DEP])" in opus3
    assert "claude-opus-4-1-20250805 (2025-12-11)" in opus3
    assert "Source:" in opus3
    assert (
        "Claude Sonnet 4.5 (claude-sonnet-4-5-20250929): deprecated since 2026-09-30; "
        "scheduled to retire on 2026-11-30" in out
    )


def test_models_status_follows_the_date() -> None:
    data = json.loads(cli("models", "--as-of", "2025-09-01", "--format", "json").stdout)
    models = {m["name"]: m for m in data["sets"][0]["models"]}
    assert models["Claude Opus 3"]["status"] == "deprecated"
    assert models["Claude Haiku 3"]["status"] == "active"
    assert models["Claude 2.x"]["status"] == "retired"
    assert models["Claude Opus 3"]["recommended"] is None  # the first record is from 2025-12
    assert data["sets"][0]["targets"][1]["status"] == "scheduled to retire on 2026-11-30"


def test_models_rejects_a_bad_date() -> None:
    assert cli("models", "--as-of", "21/11/2026").returncode == 2


def test_every_model_row_names_its_source_and_a_known_family() -> None:
    for _, table in registry.model_tables(registry.newest_version()):
        for model in table.models:
            assert model.source.strip(), model.name
            assert model.family in table.families
            assert model.ids or model.aliases, model.name


def test_dry_run_warns_when_the_target_itself_retires(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text('MODEL = "claude-3-5-sonnet-20241022"\n')
    result = cli("run", "--to", "4.5", "a.py", cwd=tmp_path)
    assert "claude-sonnet-4-5-20250929 (Claude Sonnet 4.5), which" in result.stderr
    landing = "the migrated code now names"
    assert landing not in cli("run", "a.py", cwd=tmp_path).stderr  # the default lands on 5.5
    (tmp_path / "a.py").write_text('MODEL = "claude-3-haiku-20240307"\n')
    assert landing not in cli("run", "--to", "4.5", "a.py", cwd=tmp_path).stderr


def test_landing_warnings_say_retired_after_the_date() -> None:
    table = load("claude_migrate.codemods.v4_5")
    text = [b'm = "claude-sonnet-4-5"']
    before = model_report.landing_warnings([table], text, dt.date(2026, 11, 1), None)
    after = model_report.landing_warnings([table], text, dt.date(2026, 12, 1), "5")
    assert "is listed to retire on 2026-11-30" in before[0]
    assert "retired on 2026-11-30" in after[0] and after[0].endswith("consider --to 5")
