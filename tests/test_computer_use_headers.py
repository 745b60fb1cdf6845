"""A computer-use header on a run to 5 is spoken of once: by CM223, which moves it with the
tool (with --unsafe) or says it would, or, when CM223 is not in the run, by CM222."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REQUEST = """\
import anthropic

client = anthropic.Anthropic()
reply = client.beta.messages.create(
    model="claude-sonnet-5",
    max_tokens=1000,
    tools=[{"type": "computer_20250124", "name": "computer", "display_width_px": 1024, "display_height_px": 768}],
    betas=["computer-use-2025-01-24"],
    messages=[],
)
"""


def header_lines(tmp_path: Path, *flags: str) -> list[str]:
    (tmp_path / "agent.py").write_text(REQUEST)
    run = [sys.executable, "-m", "claude_migrate", "run", "--no-cache", "--to", "5", *flags]
    out = subprocess.run([*run, "agent.py"], capture_output=True, text=True, cwd=tmp_path)
    return [line.split()[1] for line in out.stderr.splitlines() if line.startswith("agent.py:8:")]


def test_cm223_speaks_for_the_header_it_moves(tmp_path: Path) -> None:
    assert header_lines(tmp_path, "--unsafe") == []  # moved, so nothing is left to say
    assert header_lines(tmp_path) == ["CM223"]  # what it would move, once


def test_cm222_speaks_for_it_when_cm223_is_not_in_the_run(tmp_path: Path) -> None:
    assert header_lines(tmp_path, "--ignore", "CM223") == ["CM222"]


# A computer tool outside any request, in each language: its model cannot be seen.
LOOSE_TOOLS = {
    "tool.py": 'import anthropic\n\nCOMPUTER = {"type": "computer_20241022", "name": "computer"}\n',
    "tool.ts": 'import Anthropic from "@anthropic-ai/sdk";\n\n'
    'export const COMPUTER = { type: "computer_20241022", name: "computer" };\n',
    "tool.go": 'package agent\n\nimport "github.com/anthropics/anthropic-sdk-go"\n\n'
    'var computer = map[string]any{"type": "computer_20241022", "name": "computer"}\n'
    "var _ = anthropic.NewClient\n",
}


def tool_codes(tmp_path: Path, *flags: str, to: str = "5") -> dict[str, list[str]]:
    for name, text in LOOSE_TOOLS.items():
        (tmp_path / name).write_text(text)
    run = [sys.executable, "-m", "claude_migrate", "run", "--no-cache", "--to", to, *flags, "."]
    out = subprocess.run(run, capture_output=True, text=True, cwd=tmp_path)
    codes: dict[str, list[str]] = {name: [] for name in LOOSE_TOOLS}
    for line in out.stderr.splitlines():
        where, _, rest = line.partition(" ")
        name = where.split(":")[0]
        if name in codes and where.count(":") == 3:  # a record: name:line:column:
            codes[name].append(rest.split()[0])
    return codes


def test_a_loose_computer_tool_is_reported_once_by_cm223(tmp_path: Path) -> None:
    """The 5 set's finding names the versions the run's models take: no CM118 beside it."""
    assert tool_codes(tmp_path) == {
        "tool.py": ["CM223"],
        "tool.ts": ["CM223"],
        "tool.go": ["CM223"],
    }


def test_cm118_speaks_for_it_when_cm223_is_not_in_the_run(tmp_path: Path) -> None:
    codes = tool_codes(tmp_path, "--ignore", "CM223")
    assert codes == {"tool.py": ["CM118"], "tool.ts": ["CM118"], "tool.go": ["CM118"]}


def test_under_5_5_cm316_speaks_for_it_alone(tmp_path: Path) -> None:
    """No client in sight: the toolset's finding (with what Bedrock keeps), no CM118."""
    codes = tool_codes(tmp_path, to="5.5")
    assert codes == {"tool.py": ["CM316"], "tool.ts": ["CM316"], "tool.go": ["CM316"]}
