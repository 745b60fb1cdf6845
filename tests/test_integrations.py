"""The pre-commit hooks and the GitHub Action: read as their hosts read them, and the
action's shell steps run the way a runner would run them."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_pre_commit_hooks() -> None:
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["claude-migrate"]["entry"] == "claude-migrate run --check"
    assert hooks["claude-migrate-fix"]["entry"] == "claude-migrate run --write --allow-dirty"
    for hook in hooks.values():
        assert hook["language"] == "python" and hook["require_serial"] is True


def test_pre_commit_hooks_pass_every_file_the_tool_reads() -> None:
    """pre-commit tags `.env` only `text`: the hooks match on names, as the tool does."""
    from claude_migrate.discover import kind_of

    names = ["a.py", "a.pyi", "n.ipynb", "c.yaml", "c.yml", "p.toml", "d.json", "s.ini",
             "setup.cfg", ".env", "app/.env", ".env.local", "prod.env"]  # fmt: skip
    others = ["README.md", "notes.txt", "env.sh", "a.pyc"]  # docs only with --prose
    for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()):
        assert hook["types"] == ["text"] and "types_or" not in hook
        pattern = re.compile(hook["files"])
        for name in names:
            assert kind_of(name) is not None and pattern.search(name), name
        for name in others:
            assert not pattern.search(name), name


class Runner:
    """The action's shell steps, run as a runner runs them: bash -e, its env, the files
    GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and the tool installed in a folder of its own."""

    def __init__(self, tmp_path: Path) -> None:
        action = yaml.safe_load((ROOT / "action.yml").read_text())
        assert action["runs"]["using"] == "composite"
        self.steps = {s.get("name", s.get("uses")): s for s in action["runs"]["steps"]}
        self.outputs = action["outputs"]
        self.root = tmp_path / "repo"
        self.root.mkdir()
        self.bindir = tmp_path / "venv-bin"
        self.bindir.mkdir()
        for name, target in (("claude-migrate", "-m claude_migrate"), ("python", "")):
            launcher = self.bindir / name
            launcher.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} {target} "$@"\n')
            launcher.chmod(0o755)
        self.summary = tmp_path / "summary.md"
        self.temp = tmp_path / "runner-temp"
        self.temp.mkdir()

    def run(self, name: str, **env: str) -> tuple[int, str, dict[str, str]]:
        output = self.temp / f"output-{name}"
        output.write_text("")
        step = self.steps[name]
        assert step["shell"] == "bash"
        done = subprocess.run(
            ["bash", "-e", "-c", step["run"]],
            cwd=self.root,
            env={
                **os.environ,
                "RUNNER_TEMP": str(self.temp),
                "GITHUB_OUTPUT": str(output),
                "GITHUB_STEP_SUMMARY": str(self.summary),
                **env,
            },
            capture_output=True,
            text=True,
        )
        outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
        return done.returncode, done.stdout, outputs

    def check(self, **env: str) -> tuple[int, str, dict[str, str]]:
        defaults = {
            "CM_TARGET": "5",
            "CM_PATHS": ".",
            "CM_ARGS": "",
            "CM_FAIL_ON_FINDINGS": "false",
        }
        return self.run("Check", CM_BIN=str(self.bindir), **{**defaults, **env})


def test_action_one_scan_reports_outputs_and_gate(tmp_path: Path) -> None:
    runner = Runner(tmp_path)
    assert runner.steps["Upload SARIF"]["with"]["sarif_file"] == "claude-migrate.sarif"
    assert runner.steps["Upload SARIF"]["continue-on-error"] is True
    assert set(runner.outputs) == {"changed", "findings", "exit-code"}
    assert not any("setup-python" in str(s.get("uses")) for s in runner.steps.values())
    (runner.root / "app.py").write_text('MODEL = "claude-3-haiku-20240307"\n')
    (runner.root / "prefill.py").write_text(PREFILL)
    code, annotations, outputs = runner.check()
    assert code == 0, "the step records the exit code; the Gate step fails"
    assert outputs == {"exit-code": "1", "changed": "1", "findings": "2"}
    assert '"version": "2.1.0"' in (runner.root / "claude-migrate.sarif").read_text()
    assert runner.summary.read_text().startswith("## claude-migrate: migration to Claude 5")
    # The run's own warnings first (this set is not the newest), then findings before changes.
    lines = annotations.splitlines()
    run_warnings = [line for line in lines if line.startswith("::warning title=claude-migrate::")]
    assert run_warnings and "lands on Legacy models" in run_warnings[0]
    assert lines[len(run_warnings)].startswith("::warning file=prefill.py,line=2")
    assert "::notice file=app.py,line=1,col=9,title=CM101 (would change)::" in annotations
    gate = runner.run("Gate", CM_UPLOAD="", CM_CODE=outputs["exit-code"])
    assert gate[0] == 1 and "code left to migrate" in gate[1]
    assert runner.run("Gate", CM_UPLOAD="success", CM_CODE="0")[0] == 0
    # findings fail the check only when asked
    (runner.root / "app.py").write_text('MODEL = "claude-haiku-4-5"\n')
    assert runner.check()[2]["exit-code"] == "0"
    _, annotations, outputs = runner.check(CM_FAIL_ON_FINDINGS="true")
    first = next(line for line in annotations.splitlines() if "title=claude-migrate::" not in line)
    assert outputs["exit-code"] == "1" and first.startswith("::error file=prefill.py")


def test_action_sarif_upload_is_opt_in_and_tolerant(tmp_path: Path) -> None:
    runner = Runner(tmp_path)
    assert (
        yaml.safe_load((ROOT / "action.yml").read_text())["inputs"]["upload-sarif"]["default"]
        == "false"
    )
    assert (
        runner.steps["Decide on the SARIF upload"]["if"] == "${{ inputs.upload-sarif == 'true' }}"
    )
    (runner.root / "claude-migrate.sarif").write_text("{}")
    _, log, outputs = runner.run("Decide on the SARIF upload", CM_FORK="true")
    assert outputs == {"upload": "false"} and "skipped: a pull request from a fork" in log
    assert runner.run("Decide on the SARIF upload", CM_FORK="")[2] == {"upload": "true"}
    # A repository without code scanning: the upload fails, the job says so and gates on
    # the check alone.
    code, log, _ = runner.run("Gate", CM_UPLOAD="failure", CM_CODE="0")
    assert code == 0 and "::warning title=claude-migrate::SARIF upload failed" in log


def test_action_reports_fit_github_on_a_large_tree(tmp_path: Path) -> None:
    """600 files of one request and twelve model IDs each: a Markdown report of about 2 MB
    and 10,000 annotations before the caps."""
    runner = Runner(tmp_path)
    for package in range(10):
        folder = runner.root / f"pkg{package}"
        folder.mkdir()
        for number in range(60):
            (folder / f"mod{number}.py").write_text(LARGE_FILE)
    _, annotations, outputs = runner.check(CM_ARGS="--no-cache")
    assert outputs["exit-code"] == "1" and outputs["changed"] == "600"
    summary = runner.summary.read_bytes()
    assert len(summary) < 1024 * 1024
    assert b"> Cut to fit GitHub's 1 MiB job summary: the diff of" in summary
    lines = annotations.splitlines()
    assert sum(line.startswith("::") for line in lines) <= 30
    assert lines[-1].startswith("claude-migrate: ") and "not shown" in lines[-1]


PREFILL = (
    "import anthropic\n"
    'anthropic.Anthropic().messages.create(model="claude-sonnet-5", max_tokens=512,\n'
    '    messages=[{"role": "user", "content": "Hi."}, {"role": "assistant", "content": "1."}])\n'
)
LARGE_FILE = (
    "import anthropic\n"
    "client = anthropic.Anthropic()\n"
    'MODEL = "claude-3-5-sonnet-20241022"\n'
    "\n"
    "def ask(text):\n"
    "    return client.messages.create(\n"
    '        model="claude-3-opus-20240229", max_tokens=1024, temperature=0.5, top_p=0.9,\n'
    '        messages=[{"role": "user", "content": text}],\n'
    "    )\n"
    + "".join(f'M{i} = "claude-3-5-sonnet-20241022"  # the model of job {i}\n' for i in range(12))
)
