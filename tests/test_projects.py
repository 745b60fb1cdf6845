"""Project-wide facts belong to one project, and every entry point sees the same ones."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pinned_target import RUN_PINNED

BILLING = """\
import anthropic
TOOLS = [{"type": "text_editor_20250124", "name": "str_replace_editor"}]
def on_tool(block):
    if block.name == "str_replace_editor": return edit(block.input)
"""
EDITOR_SVC = """\
from typing import Literal
Command = Literal["view", "create", "undo_edit"]
def dispatch(command: Command, path):
    if command == "view": return read(path)
    elif command == "undo_edit": return rollback(path)
"""
FILES_SVC = """\
import anthropic
FILE_TOOL = {"name": "str_replace_editor", "input_schema": {"type": "object", "properties": {}}}
"""


def make_monorepo(root: Path) -> Path:
    mono = root / "mono"
    for service, name, text in (
        ("billing", "agent.py", BILLING),
        ("editor_svc", "commands.py", EDITOR_SVC),
        ("files_svc", "tools.py", FILES_SVC),
    ):
        (mono / service).mkdir(parents=True)
        (mono / service / "pyproject.toml").write_text(f'[project]\nname = "{service}"\n')
        (mono / service / name).write_text(text)
    return mono


def write(*args: str, cwd: Path) -> None:
    done = subprocess.run(
        [*RUN_PINNED, "--write", "--allow-dirty", "--no-cache", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_two_projects_of_one_monorepo_never_share_facts(tmp_path: Path) -> None:
    mono = make_monorepo(tmp_path)
    write(".", cwd=mono)
    agent = (mono / "billing/agent.py").read_text()
    assert '"text_editor_20250728"' in agent and '"str_replace_based_edit_tool"' in agent
    assert 'block.name == "str_replace_based_edit_tool"' in agent  # the dispatch moved too
    # The editor service's own tool is left alone, whatever billing holds.
    assert (mono / "editor_svc/commands.py").read_text() == EDITOR_SVC
    assert (mono / "files_svc/tools.py").read_text() == FILES_SVC


def test_naming_one_file_gives_what_the_whole_run_gives(tmp_path: Path) -> None:
    whole = make_monorepo(tmp_path / "whole")
    write(".", cwd=whole)
    for service, name in (("billing", "agent.py"), ("editor_svc", "commands.py")):
        alone = make_monorepo(tmp_path / f"alone-{service}")
        write(f"{service}/{name}", cwd=alone)
        assert (alone / service / name).read_text() == (whole / service / name).read_text()


def test_a_named_handler_sees_the_tool_defined_elsewhere_in_its_project(tmp_path: Path) -> None:
    # What the pre-commit hook passes: only the edited file. The tool is defined in another.
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "tool_defs.py").write_text(
        'import anthropic\nEDITOR = {"type": "text_editor_20250124", "name": "str_replace_editor"}\n'
    )
    handler = 'def handle(block):\n    if block.name == "str_replace_editor":\n        return 1\n'
    (repo / "handler.py").write_text(handler)
    copy = tmp_path / "copy"
    shutil.copytree(repo, copy)
    write(".", cwd=repo)
    write("handler.py", cwd=copy)
    assert '"str_replace_based_edit_tool"' in (repo / "handler.py").read_text()
    assert (copy / "handler.py").read_text() == (repo / "handler.py").read_text()
