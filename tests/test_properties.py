"""Property tests: programs assembled from snippets with and without Claude 3.x patterns."""

from __future__ import annotations

import difflib
import re

import libcst
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claude_migrate import registry, sparse, transform
from claude_migrate.authoring.codemod import FileContext, RunOptions
from claude_migrate.authoring.text import split_lines
from claude_migrate.diffing import NO_NEWLINE, apply_hunks, hunks, parse_hunks, unified_diff
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


@SETTINGS
@given(st.lists(st.sampled_from(CLAUDE + PLAIN), max_size=12), st.sampled_from((4, 5)))
def test_sparse_parsing_gives_what_parsing_the_whole_file_gives(
    snippets: list[str], major: int
) -> None:
    text = "".join(snippets)
    target = (major, 5) if major == 4 else (major, 0)
    context = FileContext("t.py", RunOptions(target=target))
    codemods = [c.load() for c in registry.select(target)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sparse, "MIN_LEFT_OUT_SHARE", 0.0)  # sparse wherever anything is left out
        with_sparse = transform.transform_python(text, codemods, context)
        patch.setattr(sparse, "without_unneeded", lambda *args: None)
        whole = transform.transform_python(text, codemods, context)
    assert with_sparse == whole


def _apply_patch(old: str, patch: str) -> str:
    """Apply a one-file unified diff the way `patch` would, checking every context line."""
    old_lines = split_lines(old)
    out: list[str] = []
    at = 0  # lines of `old` consumed
    lines = patch.splitlines(keepends=True)[2:]
    i = 0
    while i < len(lines):
        match = re.match(r"@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@", lines[i])
        assert match, lines[i]
        start = int(match.group(1)) - (0 if match.group(2) == "0" else 1)
        assert start >= at
        out += old_lines[at:start]
        at = start
        i += 1
        while i < len(lines) and not lines[i].startswith("@@"):
            line, i = lines[i], i + 1
            if i < len(lines) and lines[i] == NO_NEWLINE:
                line, i = line[:-1], i + 1
            if line[0] in " -":
                assert old_lines[at] == line[1:], (at, line)
                at += 1
            if line[0] in " +":
                out.append(line[1:])
    return "".join(out + old_lines[at:])


LINES = st.sampled_from(["a\n", "b\n", "\n", "c = 1\n", "x\r\n", "end"])


@SETTINGS
@given(
    old=st.lists(LINES, max_size=40),
    edits=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3), st.lists(LINES, max_size=3))),
)
def test_a_diff_applied_to_the_old_text_gives_the_new(
    old: list[str], edits: list[tuple[int, int, list[str]]]
) -> None:
    new = list(old)
    for at, removed, added in edits:
        new[at : at + removed] = added
    old_text, new_text = "".join(old), "".join(new)
    patch = unified_diff(old_text, new_text, "f.py")
    assert (patch == "") == (old_text == new_text)
    assert _apply_patch(old_text, patch) == new_text
    assert patch == _line_by_line_diff(old_text, new_text, "f.py")


@SETTINGS
@given(
    old=st.lists(LINES, max_size=40),
    edits=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3), st.lists(LINES, max_size=3))),
    chosen=st.lists(st.booleans(), min_size=40, max_size=40),
)
def test_any_subset_of_hunks_applies_exactly_those_hunks(
    old: list[str], edits: list[tuple[int, int, list[str]]], chosen: list[bool]
) -> None:
    new = list(old)
    for at, removed, added in edits:
        new[at : at + removed] = added
    old_text, new_text = "".join(old), "".join(new)
    found = parse_hunks(hunks(old_text, new_text))
    assert "".join(h.text for h in found) == hunks(old_text, new_text)
    assert apply_hunks(old_text, []) == old_text
    assert apply_hunks(old_text, found) == new_text
    subset = [h for h, keep in zip(found, chosen, strict=False) if keep]
    # Applying a subset is the same as applying those hunks' own diffs one after another.
    expected = old_text
    for hunk in reversed(subset):
        expected = apply_hunks(expected, [hunk])
    assert apply_hunks(old_text, subset) == expected


def _line_by_line_diff(old: str, new: str, path: str, context: int = 3) -> str:
    """The reference: the same diff, with the common head and tail counted line by line."""
    if old == new:
        return ""
    a, b = split_lines(old), split_lines(new)
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    skip, keep = max(0, head - context), max(0, tail - context)
    body = list(difflib.unified_diff(a[skip : len(a) - keep], b[skip : len(b) - keep], n=context))
    out = [f"--- a/{path}\n", f"+++ b/{path}\n"]
    for line in body[2:]:
        if line.startswith("@@"):
            old_at, old_len, new_at, new_len = re.match(  # type: ignore[union-attr]
                r"@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@", line
            ).groups()
            line = (
                f"@@ -{int(old_at) + skip}{old_len or ''} +{int(new_at) + skip}{new_len or ''} @@\n"
            )
        out.append(line if line.endswith("\n") else line + "\n" + NO_NEWLINE)
    return "".join(out)
