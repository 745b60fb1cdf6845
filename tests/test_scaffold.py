"""The contributor's path: a new codemod is one module and one snapshot folder, made by the
scaffold; the README's codemod table and the manifest are generated, and checked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_generated_files_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts/generate.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_scaffold_makes_a_codemod_the_registry_lists(tmp_path: Path) -> None:
    copy = tmp_path / "checkout"
    for part in ("src", "codemods", "snapshots", "scripts"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "README.md", copy / "README.md")
    env = {**os.environ, "PYTHONPATH": str(copy / "src")}
    made = subprocess.run(
        [sys.executable, "scripts/new_codemod.py", "v5", "CM299", "scaffolded-rule"],
        cwd=copy,
        capture_output=True,
        text=True,
        env=env,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    module = copy / "codemods/v5/cm299_scaffolded_rule.py"
    imports = [line for line in module.read_text().splitlines() if "claude_migrate" in line]
    assert imports == ["from claude_migrate.authoring import Codemod, Safety"]
    cases = sorted(p.name for p in (copy / "snapshots/v5/CM299-scaffolded-rule").iterdir())
    assert cases == ["change.input.py", "noop_mirror.input.py"]
    listed = subprocess.run(
        [sys.executable, "-m", "claude_migrate", "list"],
        cwd=copy,
        capture_output=True,
        text=True,
        env=env,
    )
    assert "CM299" in listed.stdout, listed.stderr
    assert "| CM299 | 5 | report |" in (copy / "README.md").read_text()
    check = subprocess.run(
        [sys.executable, "scripts/generate.py", "--check"],
        cwd=copy,
        capture_output=True,
        text=True,
        env=env,
    )
    assert check.returncode == 0, check.stdout
