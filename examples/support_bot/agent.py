"""An ops agent on Claude's computer-use and text-editor tools (beta, late 2024)."""

from pathlib import Path
from typing import Literal

import anthropic
from anthropic.types.beta import BetaToolTextEditor20241022Param

client = anthropic.Anthropic()
AGENT_MODEL = "claude-3-5-sonnet-20241022"

Command = Literal["view", "create", "str_replace", "insert", "undo_edit"]

EDITOR: BetaToolTextEditor20241022Param = {"type": "text_editor_20241022", "name": "str_replace_editor"}
TOOLS = [
    {"type": "computer_20241022", "name": "computer", "display_width_px": 1280, "display_height_px": 800},
    {"type": "bash_20241022", "name": "bash"},
    EDITOR,
]


class Editor:
    def __init__(self) -> None:
        self.history: dict[Path, list[str]] = {}

    def __call__(self, *, command: Command, path: str, **kwargs: str) -> str:
        target = Path(path)
        if command == "view":
            return target.read_text()
        elif command == "create":
            target.write_text(kwargs["file_text"])
            return "created"
        elif command == "undo_edit":
            return self.undo_edit(target)
        raise ValueError(f"unknown command {command}")

    def undo_edit(self, path: Path) -> str:
        path.write_text(self.history[path].pop())
        return "undone"


def run_agent(task: str) -> list:
    messages = [{"role": "user", "content": task}]
    response = client.beta.messages.create(
        model=AGENT_MODEL,
        max_tokens=4096,
        tools=TOOLS,
        messages=messages,
        betas=["computer-use-2024-10-22"],
    )
    results = []
    for block in response.content:
        if block.type == "tool_use" and block.name == "str_replace_editor":
            results.append(Editor()(**block.input))
    return results
