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


def test_action_steps_report_and_gate(tmp_path: Path) -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = {s.get("name", s.get("uses")): s for s in action["runs"]["steps"]}
    assert steps["Upload SARIF"]["with"]["sarif_file"] == "claude-migrate.sarif"
    (tmp_path / "app.py").write_text('MODEL = "claude-3-haiku-20240307"\n')
    summary = tmp_path / "summary.md"
    bindir = tmp_path / "bin"
    bindir.mkdir()
    launcher = bindir / "claude-migrate"
    launcher.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m claude_migrate "$@"\n')
    launcher.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_STEP_SUMMARY": str(summary),
        "CM_TARGET": "",
        "CM_PATHS": ".",
        "CM_ARGS": "",
    }
    codes = {}
    for name in ("SARIF report", "Job summary", "Check"):
        done = subprocess.run(
            ["bash", "-e", "-c", steps[name]["run"]],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
        )
        codes[name] = (done.returncode, done.stdout)
    assert '"version": "2.1.0"' in (tmp_path / "claude-migrate.sarif").read_text()
    assert summary.read_text().startswith("## claude-migrate: migration to Claude 5")
    check_code, annotations = codes["Check"]
    assert check_code == 1, "the check fails while code is left to migrate"
    assert annotations.startswith("::notice file=app.py,line=1,col=9,title=CM101 (would change)::")
