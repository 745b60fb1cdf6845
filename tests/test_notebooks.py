"""A cookbook notebook through the whole tool: every codemod, every output, Jupyter's reader."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from pinned_target import pinned

from claude_migrate import notebook

CASES = Path(__file__).resolve().parent.parent / "snapshots/v4_5/CM101-legacy-model-id"
COOKBOOK = CASES / "notebook_cookbook.input.ipynb"


def cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "claude_migrate", *pinned(args)],
        cwd=cwd,
        capture_output=True,
        env=env,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(COOKBOOK, tmp_path / "cookbook.ipynb")
    return tmp_path


def test_cookbook_migrates_only_code_lines_and_opens_in_jupyter(project: Path) -> None:
    before = nbformat.read(project / "cookbook.ipynb", as_version=4)
    result = cli("run", "--write", "cookbook.ipynb", cwd=project)
    assert result.returncode == 0, result.stderr
    after = nbformat.read(project / "cookbook.ipynb", as_version=4)
    nbformat.validate(after)
    assert [c.outputs for c in after.cells if c.cell_type == "code"] == [
        c.outputs for c in before.cells if c.cell_type == "code"
    ]
    assert [c.metadata for c in after.cells] == [c.metadata for c in before.cells]
    assert after.cells[0].source == before.cells[0].source  # markdown untouched without --prose
    assert after.cells[2].source.startswith("%%time\n")
    assert 'model="claude-opus-4-5-20251101"' in after.cells[2].source
    assert after.cells[4].source == before.cells[4].source  # %%bash is not Python
    assert b"CM001" in result.stderr  # the Python 2 cell was skipped, visibly


def test_piped_patch_applies_and_terminal_diff_is_per_cell(project: Path) -> None:
    copy = project / "copy"
    copy.mkdir()
    shutil.copy(project / "cookbook.ipynb", copy / "cookbook.ipynb")
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    piped = cli("run", "cookbook.ipynb", cwd=project)
    subprocess.run(["git", "apply", "-"], cwd=copy, input=piped.stdout, check=True)
    cli("run", "--write", "cookbook.ipynb", cwd=project)
    assert (copy / "cookbook.ipynb").read_bytes() == (project / "cookbook.ipynb").read_bytes()

    shutil.copy(COOKBOOK, project / "cookbook.ipynb")
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "200"}
    shown = cli("run", "cookbook.ipynb", cwd=project, env=env).stdout.decode()
    assert "cookbook.ipynb:cell 2" in shown and "cookbook.ipynb:cell 3" in shown


def test_json_report_carries_the_cell(project: Path) -> None:
    report = json.loads(cli("run", "--format", "json", "cookbook.ipynb", cwd=project).stdout)
    changes = report["files"][0]["changes"]
    assert {(c["cell"], c["cell_line"]) for c in changes} >= {(2, 6), (3, 3)}


def test_unchanged_notebook_is_byte_identical(project: Path) -> None:
    shutil.copy(CASES / "noop_notebook_migrated.input.ipynb", project / "done.ipynb")
    before = (project / "done.ipynb").read_bytes()
    assert cli("run", "--write", "done.ipynb", cwd=project).returncode == 0
    assert (project / "done.ipynb").read_bytes() == before


@pytest.mark.parametrize(
    "code, masked",
    [
        ("%pip install anthropic\nx = 1\n", "pass  # claude-migrate-mask-0\nx = 1\n"),
        ("if True:\n    !ls\n", "if True:\n    pass  # claude-migrate-mask-0\n"),
        ("files = !ls\n", "pass  # claude-migrate-mask-0\n"),
        ("client.messages.create?\n", "pass  # claude-migrate-mask-0\n"),
        ("%%time\nx = 1\n", "pass  # claude-migrate-mask-0\nx = 1\n"),
    ],
)
def test_masking_round_trips(code: str, masked: str) -> None:
    result = notebook.mask(code)
    assert result is not None and result.text == masked
    assert notebook.unmask(result.text, result) == code


def test_non_python_cell_magic_is_not_code() -> None:
    assert notebook.mask("%%bash\necho hi\n") is None


def test_a_notebook_of_another_language_is_skipped(tmp_path: Path) -> None:
    document = {
        "cells": [],
        "metadata": {"kernelspec": {"language": "R", "name": "ir"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (tmp_path / "r.ipynb").write_text(json.dumps(document) + '\n"claude-3-haiku-20240307"')
    result = cli("run", "--format", "json", "r.ipynb", cwd=tmp_path)
    assert json.loads(result.stdout)["files"][0]["status"] in ("skipped", "failed")


def test_markdown_cells_change_only_with_prose(project: Path) -> None:
    cli("run", "--write", "--prose", "cookbook.ipynb", cwd=project)
    after = nbformat.read(project / "cookbook.ipynb", as_version=4)
    assert after.cells[0].source == "# Résumé tool\n\nBuilt on claude-opus-4-5-20251101."


@pytest.mark.parametrize(
    ("metadata", "language"),
    [
        ({}, None),
        ({"kernelspec": {"language": "python", "name": "python3"}}, None),
        (
            {
                "kernelspec": {"language": "coconut", "name": "coconut"},
                "language_info": {"name": "coconut", "mimetype": "text/x-python3"},
            },
            None,
        ),
        (
            {
                "kernelspec": {"language": "xonsh"},
                "language_info": {"codemirror_mode": {"name": "ipython"}},
            },
            None,
        ),
        (
            {
                "kernelspec": {"language": "R"},
                "language_info": {"name": "R", "mimetype": "text/x-r-source"},
            },
            "R",
        ),
        ({"kernelspec": {"language": "scala"}}, "scala"),
        ({"language_info": {"name": "julia", "file_extension": ".jl"}}, "julia"),
    ],
)
def test_a_kernel_is_python_when_its_language_info_says_so(
    metadata: dict[str, object], language: str | None
) -> None:
    assert notebook.kernel_language(metadata) == language
