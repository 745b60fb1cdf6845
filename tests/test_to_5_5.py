"""`--to 5.5`, the default: Claude 3.x, 4.x and 5 code lands on Opus, Sonnet and Haiku 5.5 in one
run (the 4.5 set, the 5 set, then the 5.5 set)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from claude_migrate import registry

APP = """\
import anthropic

client = anthropic.Anthropic()
OPUS = "claude-3-opus-20240229"
SONNET = "claude-3-5-sonnet-latest"
HAIKU = "claude-3-5-haiku-20241022"
FIVE = "claude-sonnet-5"
HAIKU_45 = "claude-haiku-4-5"
RESEARCH = "claude-mythos-preview"
"""


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claude_migrate", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )


def constants(text: str) -> dict[str, str]:
    tree = ast.parse(text)
    return {
        node.targets[0].id: ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
    }


def test_5_5_is_the_default_target() -> None:
    assert registry.newest_version() == (5, 5)


def test_every_family_lands_on_5_5_by_default_and_mythos_preview_is_reported(
    tmp_path: Path,
) -> None:
    (tmp_path / "app.py").write_text(APP)
    result = cli(tmp_path, "run", "--no-cache", "--write", "app.py")
    assert result.returncode == 0, result.stderr
    values = constants((tmp_path / "app.py").read_text())
    assert values == {
        "OPUS": "claude-opus-5-5",
        "SONNET": "claude-sonnet-5-5",
        "HAIKU": "claude-haiku-5-5",
        "FIVE": "claude-sonnet-5-5",
        "HAIKU_45": "claude-haiku-5-5",
        "RESEARCH": "claude-mythos-preview",
    }
    assert "app.py:9:12: CM308 claude-mythos-preview" in result.stderr


def test_the_default_is_to_5_5(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP)
    default = cli(tmp_path, "run", "--no-cache", "app.py")
    assert default.stdout == cli(tmp_path, "run", "--no-cache", "--to", "5.5", "app.py").stdout
    assert '"claude-opus-5-5"' in default.stdout


def test_a_bedrock_runtime_project_gets_a_profile_under_unsafe(tmp_path: Path) -> None:
    (tmp_path / "client.py").write_text(
        "import anthropic\n\nclient = anthropic.AnthropicBedrock(aws_region='us-east-1')\n"
    )
    (tmp_path / "models.py").write_text('MODEL = "anthropic.claude-3-opus-20240229-v1:0"\n')
    reported = cli(tmp_path, "run", "--no-cache", ".")
    assert '+MODEL = "anthropic.claude-opus-5-5"' in reported.stdout
    assert "CM306" in reported.stderr and "not applied" in reported.stderr
    assert "CM303" not in reported.stderr  # CM306 says it, once
    applied = cli(tmp_path, "run", "--no-cache", "--unsafe", ".")
    assert '+MODEL = "global.anthropic.claude-opus-5-5"' in applied.stdout


def test_a_mantle_project_keeps_the_bare_id_without_a_finding(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        "import anthropic\n\nclient = anthropic.AnthropicBedrockMantle(aws_region='us-east-1')\n"
        'MODEL = "anthropic.claude-haiku-4-5"\n'
    )
    result = cli(tmp_path, "run", "--no-cache", "app.py")
    assert '+MODEL = "anthropic.claude-haiku-5-5"' in result.stdout
    assert "CM303" not in result.stderr and "CM306" not in result.stderr


def test_list_explain_and_models_cover_the_5_5_set(tmp_path: Path) -> None:
    listed = cli(tmp_path, "list").stdout
    for code in ("CM301", "CM306", "CM308"):
        assert code in listed, code
    assert "CM301  5.5" in listed
    explained = cli(tmp_path, "explain", "CM307").stdout
    assert "a finding of CM306" in explained and "inference profile" in explained
    models = cli(tmp_path, "models").stdout
    assert "== Set 5.5:" in models and "Migrates to:  claude-haiku-5-5 (Claude Haiku 5.5)" in models
