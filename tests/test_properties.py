"""Property tests: programs assembled from snippets with and without Claude 3.x patterns."""

from __future__ import annotations

import libcst
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claude_migrate import registry
from claude_migrate.codemod import RunOptions
from claude_migrate.pipeline import Plan, migrate_bytes
from claude_migrate.results import Status

CLAUDE = [
    'MODEL = "claude-3-opus-20240229"\n',
    'client.messages.create(model="claude-3-haiku-20240307", max_tokens=100000, temperature=1, top_p=0.5, messages=[])\n',
    'if r.stop_reason == "end_turn":\n    pass\nelif r.stop_reason == "max_tokens":\n    pass\n',
    'TOOLS = [{"type": "text_editor_20250124", "name": "str_replace_editor"}]\n',
    'def run(c):\n    if c == "view":\n        return 1\n    elif c == "undo_edit":\n        return 2\n    return 0\n',
    'PRICES = {"claude-3-opus-20240229": 1, "claude-3-haiku-20240307": 2}\n',
    'r = client.beta.messages.create(model=M, max_tokens=1, messages=[], betas=["token-efficient-tools-2025-02-19"])\n',
    'match e.stop_reason:\n    case "end_turn":\n        pass\n    case "tool_use":\n        pass\n',
    'text = client.messages.create(model="claude-2.1", max_tokens=5, messages=[]).content[0].text\n',
    'ID = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"  # bedrock\n',
]
PLAIN = [
    "x = 1\n",
    "def g(a, b):\n    return a + b\n",
    'class K:\n    """doc"""\n\n    y = [1, 2, 3]\n',
    "import os\n",
    "# a comment\n",
    "for i in range(3):\n    print(i)\n",
    "while False:\n    break\n",
    "\n",
]
PLAN = Plan(codemods=registry.codemods_up_to((4, 5)), options=RunOptions(target=(4, 5)))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def migrate(text: str) -> tuple[str, object]:
    result = migrate_bytes(text.encode(), "t.py", PLAN)
    assert result.status is not Status.FAILED, result.error
    return (result.new_bytes or text.encode()).decode(), result


@SETTINGS
@given(st.lists(st.sampled_from(CLAUDE + PLAIN), max_size=12))
def test_output_parses_and_a_second_run_is_a_fixed_point(snippets: list[str]) -> None:
    output, _ = migrate("".join(snippets))
    libcst.parse_module(output)
    again, result = migrate(output)
    assert again == output
    assert not result.changes  # type: ignore[attr-defined]


@SETTINGS
@given(st.lists(st.sampled_from(PLAIN), max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_a_file_without_triggers_is_byte_identical(snippets: list[str], newline: str) -> None:
    text = "".join(snippets).replace("\n", newline)
    result = migrate_bytes(text.encode(), "t.py", PLAN)
    assert result.status is Status.UNCHANGED and result.new_bytes is None
