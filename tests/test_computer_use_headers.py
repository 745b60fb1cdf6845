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
