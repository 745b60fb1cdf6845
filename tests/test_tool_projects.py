"""The Anthropic-defined tools across a whole project: facts from one file steer another."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from claude_migrate.codemods.v4_5.tooling import editor_facts

AGENT_TOOLS = """\
from anthropic.types.beta import BetaToolTextEditor20241022Param

EDITOR: BetaToolTextEditor20241022Param = {"type": "text_editor_20241022", "name": "str_replace_editor"}
TOOLS = [
    {"type": "computer_20241022", "name": "computer", "display_width_px": 1024, "display_height_px": 768},
    {"type": "bash_20241022", "name": "bash"},
    EDITOR,
]
"""
AGENT_LOOP = """\
import anthropic

from .editor import Editor
from .tools import TOOLS

client = anthropic.Anthropic()
MODEL = "claude-3-5-sonnet-20241022"


def step(messages):
    response = client.beta.messages.create(
        model=MODEL,
        max_tokens=4096,
        tools=TOOLS,
        messages=messages,
        betas=["computer-use-2024-10-22", "token-efficient-tools-2025-02-19"],
    )
    for block in response.content:
        if block.type == "tool_use" and block.name == "str_replace_editor":
            return Editor()(**block.input)
    return None
"""
AGENT_EDITOR = """\
from typing import Literal

Command = Literal["view", "create", "str_replace", "insert", "undo_edit"]


class Editor:
    def __call__(self, *, command: Command, path: str, **kwargs):
        if command == "view":
            return open(path).read()
        elif command == "undo_edit":
            return self.undo_edit(path)
        raise ValueError(command)

    def undo_edit(self, path):
        raise NotImplementedError
"""
CLIENT_TOOL = """\
TOOLS = [
    {
        "name": "str_replace_editor",
        "description": "Our own file editor.",
        "input_schema": {
            "type": "object",
            "properties": {"command": {"enum": ["view", "str_replace", "undo_edit"]}},
        },
    }
]


def handle(block):
    if block.name == "str_replace_editor":
        if block.input["command"] == "undo_edit":
            return "undone"
        return "edited"
"""


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        # These projects are checked against what Claude 4.5 accepts.
        [sys.executable, "-m", "claude_migrate", "run", "--to", "4.5", *args, "."],
        cwd=root,
        capture_output=True,
        text=True,
    )


def test_agent_project_migrates_to_a_request_claude_4_5_accepts(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "agent/tools.py": AGENT_TOOLS,
            "agent/loop.py": AGENT_LOOP,
            "agent/editor.py": AGENT_EDITOR,
        },
    )
    result = run(tmp_path, "--write")
    assert result.returncode == 0, result.stderr
    tools = (tmp_path / "agent/tools.py").read_text()
    loop = (tmp_path / "agent/loop.py").read_text()
    editor = (tmp_path / "agent/editor.py").read_text()
    assert '"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"' in tools
    assert "BetaToolTextEditor20250728Param" in tools
    assert '"computer_20250124"' in tools and '"bash_20250124"' in tools
    assert 'block.name == "str_replace_based_edit_tool"' in loop  # dispatch in another file
    assert 'betas=["computer-use-2025-01-24"]' in loop
    assert 'MODEL = "claude-sonnet-4-5-20250929"' in loop
    undo_literals = [
        node
        for text in (tools, loop, editor)
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Constant) and node.value == "undo_edit"
    ]
    assert undo_literals == []
    assert "def undo_edit" in editor, "code that only served undo is reported, not deleted"
    assert "CM116" in result.stderr and "CM118" in result.stderr


def test_project_with_its_own_str_replace_editor_is_untouched(tmp_path: Path) -> None:
    write(tmp_path, {"bot/tools.py": CLIENT_TOOL})
    before = (tmp_path / "bot/tools.py").read_bytes()
    result = run(tmp_path, "--write")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "bot/tools.py").read_bytes() == before


@pytest.mark.parametrize(
    "text, anthropic, client",
    [
        (b'{"type": "text_editor_20250124", "name": "str_replace_editor"}', True, False),
        (b'{"name": "str_replace_editor", "description": "x", "input_schema": {}}', False, True),
        (b'dict(name="str_replace_editor", input_schema={"type": "object"})', False, True),
        # Another tool's schema next to the Anthropic editor is not a client editor.
        (
            b'[{"name": "weather", "input_schema": {}},'
            b' {"type": "text_editor_20250124", "name": "str_replace_editor"}]',
            True,
            False,
        ),
        (b'if block.name == "str_replace_editor": pass', False, False),
        # OpenAI/LiteLLM function format, and YAML: the project's own.
        (
            b'{"type": "function", "function": {"name": "str_replace_editor",'
            b' "parameters": {"type": "object"}}}',
            False,
            True,
        ),
        (b"- name: str_replace_editor\n  description: x\n  input_schema:\n", False, True),
        # A schema built in code.
        (b'tool = {"name": "str_replace_editor"}\ntool["input_schema"] = build()', False, True),
        # A schema offering undo_edit is never Anthropic's (its schema is built in) ...
        (b'{"command": {"enum": ["view", "str_replace", "undo_edit"]}}', False, True),
        # ... but a Literal of the commands Anthropic's editor sends is no schema.
        (b'Command = Literal["view", "create", "undo_edit"]', False, False),
    ],
)
def test_editor_facts(text: bytes, anthropic: bool, client: bool) -> None:
    facts = editor_facts(text)
    assert facts.get("anthropic_text_editor", False) is anthropic
    assert facts.get("client_str_replace_editor", False) is client


OWN_FUNCTION_EDITOR = """\
FILE_TOOL = {"type": "function", "function": {"name": "str_replace_editor",
    "parameters": {"properties": {"command": {"enum": ["view", "str_replace", "undo_edit"]}}}}}
def handle(command, path):
    if command == "view": return show(path)
    elif command == "undo_edit": return revert(path)
"""
YAML_TOOLS = """\
tools:
  - name: str_replace_editor
    description: Our own editor, loaded at start-up.
    input_schema:
      type: object
"""
YAML_HANDLER = """\
import yaml
TOOLS = yaml.safe_load(open("tools.yaml"))["tools"]
def on_tool(block):
    if block.name == "str_replace_editor":
        if block.input["command"] == "undo_edit":
            return journal.pop()
"""


@pytest.mark.parametrize(
    "own",
    [
        {"proj/own_editor.py": OWN_FUNCTION_EDITOR},
        {"proj/tools.yaml": YAML_TOOLS, "proj/handler.py": YAML_HANDLER},
    ],
    ids=["function-format", "schema-from-yaml"],
)
def test_an_editor_of_the_projects_own_keeps_its_name_and_undo(
    tmp_path: Path, own: dict[str, str]
) -> None:
    """Beside the Anthropic editor, an editor of the project's own (OpenAI function format,
    a schema loaded from YAML) is not renamed and keeps its undo_edit."""
    anthropic = 'import anthropic\nEDIT_TOOL = {"type": "text_editor_20250124", "name": "str_replace_editor"}\n'
    write(tmp_path, {"proj/anthropic_tools.py": anthropic, **own})
    result = run(tmp_path, "--write")
    assert result.returncode == 0, result.stderr
    for name, text in own.items():
        assert (tmp_path / name).read_text() == text, name
    assert "str_replace_based_edit_tool" in (tmp_path / "proj/anthropic_tools.py").read_text()
