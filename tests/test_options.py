"""The options of `run` as ruff users expect them: one table (settings) drives click, the
config keys and their merge; repeats add up; what cannot work is said in one line."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from claude_migrate import cli, settings

OLD = 'MODEL = "claude-3-5-sonnet-20241022"\n'
NEW = 'MODEL = "claude-sonnet-4-5-20250929"\n'
REQUEST = (
    "import anthropic\n"
    "anthropic.Anthropic().messages.create(\n"
    '    model="claude-3-5-sonnet-20241022", max_tokens=256, temperature=0.2, top_p=0.9,\n'
    "    messages=[])\n"
)
PREFILL = (
    "import anthropic\n"
    'anthropic.Anthropic().messages.create(model="claude-sonnet-5", max_tokens=512,\n'
    '    messages=[{"role": "user", "content": "Hi."}, {"role": "assistant", "content": "1."}])\n'
)


@pytest.fixture
def here(tmp_path: Path) -> Iterator[Path]:
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(old)


def run(*args: str, stdin: bytes | None = None) -> Result:
    pinned = () if "--to" in args or "--config" in args else ("--to", "5")  # the 5 set's output
    return CliRunner().invoke(
        cli.main, ["run", "--no-cache", "-j", "1", *pinned, *args], input=stdin
    )


def test_every_setting_is_an_option_and_every_key_a_setting() -> None:
    command = cli.main.commands["run"]
    names = {p.name for p in command.params}
    assert {s.name for s in settings.TABLE} <= names
    assert set(settings.CONFIG_KEYS) == {
        "target", "select", "ignore", "unsafe", "prose", "bedrock-profile",
        "refusal-template", "sdk", "exclude", "extend-exclude",
    }  # fmt: skip
    help_text = run("--help").output
    for setting in settings.TABLE:
        assert setting.flags[-1] in help_text


def test_repeated_select_adds_up(here: Path) -> None:
    (here / "app.py").write_text(REQUEST)
    both = run("--to", "4.5", "--select", "CM101", "--select", "CM125", "app.py")
    joined = run("--to", "4.5", "--select", "CM101,CM125", "app.py")
    assert both.exit_code == 0, both.output
    assert "claude-sonnet-4-5-20250929" in both.stdout and "-    model" in both.stdout
    assert "top_p" in both.stdout  # CM125 ran as well
    assert both.stdout == joined.stdout


def test_repeated_ignore_adds_up(here: Path) -> None:
    (here / "app.py").write_text(REQUEST)
    result = run("--to", "4.5", "--ignore", "CM101", "--ignore", "CM125", "app.py")
    assert result.exit_code == 0
    assert result.stdout == ""


def test_a_code_of_a_later_set_is_a_usage_error(here: Path) -> None:
    (here / "app.py").write_text(OLD)
    result = run("--to", "4.5", "--select", "CM201", "app.py")
    assert result.exit_code == 2
    assert "CM201" in result.output and "outside the target 4.5" in result.output
    # the mirror case: a code of the target, or of an earlier set, is fine
    assert run("--to", "5", "--select", "CM101", "app.py").exit_code == 0


def test_ignoring_a_code_of_a_later_set_is_a_warning(here: Path) -> None:
    (here / "app.py").write_text(OLD)
    result = run("--to", "4.5", "--ignore", "CM201", "app.py")
    assert result.exit_code == 0
    assert "--ignore CM201" in result.stderr and "ignores nothing" in result.stderr


def test_an_unknown_sdk_is_a_usage_error(here: Path) -> None:
    (here / "app.py").write_text(OLD)
    result = run("--sdk", "3", "app.py")
    assert result.exit_code == 2 and "no anthropic SDK 3.x is known" in result.output
    assert run("--sdk", "2", "app.py").exit_code == 0
    # in a config, as any bad config: its files are not migrated, in one line
    (here / "pyproject.toml").write_text("[tool.claude-migrate]\nsdk = 7\n")
    result = run("app.py")
    assert result.exit_code == 1 and "sdk: no anthropic SDK 7.x" in result.output


def test_a_misspelt_config_table_is_an_error(here: Path) -> None:
    (here / "app.py").write_text(OLD)
    (here / "pyproject.toml").write_text('[tool.claude_migrate]\nexclude = ["app.py"]\n')
    result = run("--to", "4.5", "app.py")
    assert result.exit_code == 1 and result.stdout == ""  # app.py is not migrated
    assert "[tool.claude_migrate] is not read; the table is [tool.claude-migrate]" in result.output


def test_write_with_check_writes_then_exits_1(here: Path) -> None:
    (here / "app.py").write_text(OLD)
    result = run("--to", "4.5", "--write", "--check", "--allow-dirty", "app.py")
    assert result.exit_code == 1
    assert (here / "app.py").read_text() == NEW
    again = run("--to", "4.5", "--write", "--check", "--allow-dirty", "app.py")
    assert again.exit_code == 0


def test_fail_on_findings(here: Path) -> None:
    (here / "prefill.py").write_text(PREFILL)
    assert run("--check", "prefill.py").exit_code == 0  # nothing to change
    alone = run("--fail-on-findings", "prefill.py")
    assert alone.exit_code == 1 and "CM215" in alone.stderr
    assert run("--check", "--fail-on-findings", "prefill.py").exit_code == 1
    assert run("--fail-on-findings", "--ignore", "CM215,CM226", "prefill.py").exit_code == 0


def test_one_summary_line_and_quiet(here: Path) -> None:
    (here / "app.py").write_text(OLD)
    result = run("--to", "4.5", "app.py")
    lines = [line for line in result.stderr.splitlines() if not line.startswith("warning:")]
    assert len(lines) == 1 and lines[0].startswith("Would change 1 file")
    assert run("--to", "4.5", "-q", "app.py").stderr == ""
    verbose = run("--to", "4.5", "-v", "app.py").stderr
    assert "settings (no config): target 4.5" in verbose and "files: 1 scanned" in verbose


def test_statistics_counts_per_code(here: Path) -> None:
    (here / "app.py").write_text(OLD + OLD.replace("MODEL", "OTHER"))
    (here / "prefill.py").write_text(PREFILL)
    result = run("--statistics", "--select", "CM201,CM215,CM101", ".")
    rows = [line.split() for line in result.stderr.splitlines()[:-1]]
    assert ["2", "CM101", "change"] in [row[:3] for row in rows]
    assert ["1", "CM215", "finding"] in [row[:3] for row in rows]


def test_config_file_governs_every_path(here: Path) -> None:
    (here / "app.py").write_text(OLD)
    (here / "shared.toml").write_text('[tool.claude-migrate]\ntarget = "4.5"\n')
    result = run("--config", "shared.toml", "app.py")
    assert NEW.strip() in result.stdout
    (here / "empty.toml").write_text("[tool.other]\n")
    missing = run("--config", "empty.toml", "app.py")
    assert missing.exit_code == 2 and "no [tool.claude-migrate] table" in missing.output


def test_exclude_and_extend_exclude(here: Path) -> None:
    (here / "keep.py").write_text(OLD)
    (here / "skip.py").write_text(OLD)
    (here / "gen").mkdir()
    (here / "gen" / "out.py").write_text(OLD)
    result = json.loads(
        run("--to", "4.5", "--format", "json", "--extend-exclude", "skip.py", "--extend-exclude",
            "gen/", ".").stdout
    )  # fmt: skip
    assert [f["path"] for f in result["files"]] == ["keep.py"]
    # --exclude replaces the default folder excludes: a .venv is then read
    (here / ".venv").mkdir()
    (here / ".venv" / "lib.py").write_text(OLD)
    default = json.loads(run("--to", "4.5", "--format", "json", ".").stdout)
    assert ".venv/lib.py" not in [f["path"] for f in default["files"]]
    replaced = json.loads(run("--to", "4.5", "--format", "json", "--exclude", "gen/", ".").stdout)
    assert [f["path"] for f in replaced["files"]] == [".venv/lib.py", "keep.py", "skip.py"]


def test_output_file(here: Path) -> None:
    (here / "app.py").write_text(OLD)
    result = run("--to", "4.5", "--format", "json", "--output-file", "report.json", "app.py")
    assert result.stdout == ""
    assert json.loads((here / "report.json").read_text())["summary"]["changes"] == 1
    run("--to", "4.5", "-o", "app.diff", "app.py")
    assert "+MODEL = " in (here / "app.diff").read_text()


def test_stdin_prints_the_new_text(here: Path) -> None:
    result = run("--to", "4.5", "-", stdin=OLD.encode())
    assert result.exit_code == 0 and result.stdout == NEW
    unchanged = run("--to", "4.5", "-", stdin=b"X = 1\n")
    assert unchanged.stdout == "X = 1\n"
    checked = run("--to", "4.5", "--check", "-", "--stdin-filename", "app/m.py", stdin=OLD.encode())
    assert checked.exit_code == 1 and checked.stdout == NEW
    report = json.loads(
        run("--to", "4.5", "--format", "json", "--stdin-filename", "app/m.py", "-",
            stdin=OLD.encode()).stdout
    )  # fmt: skip
    assert report["files"][0]["path"] == "app/m.py"
    # the file's config is the one of the name it stands for
    (here / "app").mkdir()
    (here / "app" / "pyproject.toml").write_text('[tool.claude-migrate]\nignore = ["CM101"]\n')
    ignored = run("--to", "4.5", "--stdin-filename", "app/m.py", "-", stdin=OLD.encode())
    assert ignored.stdout == OLD
    assert run("--stdin-filename", "x.py", "a.py").exit_code == 2


def test_list_format_json() -> None:
    result = CliRunner().invoke(cli.main, ["list", "--to", "4.5", "--format", "json"])
    entries = json.loads(result.stdout)
    cm101 = next(e for e in entries if e["code"] == "CM101")
    assert cm101["target"] == "4.5" and cm101["safety"] == "safe"
    assert any(f["code"] == "CM102" for f in cm101["findings"])
    assert all(e["target"] == "4.5" for e in entries if e["code"].startswith("CM1"))
    assert cm101["languages"][:3] == ["Python", "TypeScript", "JavaScript"]
    later = json.loads(
        CliRunner().invoke(cli.main, ["list", "--to", "5", "--format", "json"]).stdout
    )
    cm233 = next(e for e in later if e["code"] == "CM233")
    assert cm233["languages"] == ["Python"]  # the Python SDK's: not in the other languages


def test_cache_dir(here: Path) -> None:
    (here / "app.py").write_text(OLD)
    result = CliRunner().invoke(
        cli.main, ["run", "--to", "4.5", "-j", "1", "--cache-dir", "elsewhere", "app.py"]
    )
    assert result.exit_code == 0
    assert (here / "elsewhere").is_dir() and not (here / ".claude-migrate-cache").exists()


def test_ctrl_c_exits_130(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (here / "app.py").write_text(OLD)

    def interrupted(*_args: object, **_kwargs: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.runner, "prepare", interrupted)
    result = run("app.py")
    assert result.exit_code == cli.EXIT_INTERRUPTED == 130
    assert "Interrupted" in result.output


def test_the_table_checks_config_values() -> None:
    with pytest.raises(settings.TableError, match="select must be a list of strings"):
        settings.from_table({"select": "CM101"}, "claude-migrate")
    with pytest.raises(settings.TableError, match="unknown key 'write'"):
        settings.from_table({"write": True}, "claude-migrate")
    values = settings.from_table({"select": ["cm101,CM102"]}, "claude-migrate")
    assert values[settings.SELECT] == ("CM101", "CM102")
    cli_values = settings.Values({"select": ("CM125",)})
    assert cli_values.over(values)[settings.SELECT] == ("CM125",)
    assert settings.Values().over(values)[settings.SELECT] == ("CM101", "CM102")
    assert isinstance(cli.main, click.Group)


def test_interactive_says_what_it_wrote(here: Path) -> None:
    (here / "app.py").write_text(OLD)
    result = run("--to", "4.5", "-i", "app.py", stdin=b"y\n")
    assert (here / "app.py").read_text() == NEW
    assert "Changed 1 file" in result.stderr and "Run with --write" not in result.stderr


def test_the_tools_own_tables_are_never_rewritten() -> None:
    """Run in its own clone, the tool changes none of its tables (they are model-ID data,
    marked `# claude-migrate: skip-file`), in any set."""
    root = Path(__file__).resolve().parent.parent
    tables = sorted((root / "codemods").glob("v*/*.toml")) + [
        root / "src" / "claude_migrate" / "authoring" / "tables.py"
    ]
    assert len(tables) >= 5
    for target in ("4.5", "5", "5.5"):
        result = run("--to", target, "--format", "json", *map(str, tables))
        document = json.loads(result.stdout)
        assert document["summary"]["files_changed"] == 0, target
        assert "changed" not in {f["status"] for f in document["files"]}
