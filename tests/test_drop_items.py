"""Removing items keeps the comment lines that stand on lines of their own: they are a
person's words on lines no rule triggered on. A comment at the end of a removed item's line
goes with it."""

from __future__ import annotations

import libcst as cst
import pytest

from claude_migrate.authoring import drop_items

CASES = [
    (  # the first item removed: the comment under it now follows the opening bracket
        '[\n    "a",  # goes\n    # about b\n    "b",\n]',
        {'"b"'},
        '[\n    # about b\n    "b",\n]',
    ),
    (  # items in the middle and at the end removed
        '[\n    "a",\n    # about b\n    "b",\n    # about c\n    "c",\n    # end\n]',
        {'"a"'},
        '[\n    "a",\n    # about b\n    # about c\n    # end\n]',
    ),
    (  # the last item without a trailing comma
        '[\n    "a",\n    # about b\n    "b"\n]',
        {'"a"'},
        '[\n    "a"\n    # about b\n]',
    ),
    (  # the closing bracket on the removed item's line
        '[\n    "a",\n    # about b\n    "b"]',
        {'"a"'},
        '[\n    "a"\n    # about b\n]',
    ),
    (  # call arguments keep the closing whitespace in the last argument
        "f(\n    a=1,\n    # about d\n    d=2,\n    # end\n)",
        {"1"},
        "f(\n    a=1,\n    # about d\n    # end\n)",
    ),
    (
        "f(\n    a=1,  # one\n    # about d\n    d=2,\n)",
        {"2"},
        "f(\n    # about d\n    d=2,\n)",
    ),
    (  # a dict display
        '{\n    "a": 1,\n    # about b\n    "b": 2,\n}',
        {"1"},
        '{\n    "a": 1,\n    # about b\n}',
    ),
    ('["a", "b", "c"]', {'"a"', '"c"'}, '["a", "c"]'),  # one line stays one line
    ("f(a=1, b=2)", {"1"}, "f(a=1)"),
    ('[\n    "a",\n    "b",\n]', {'"b"'}, '[\n    "b",\n]'),  # no comments: as before
]


@pytest.mark.parametrize(("source", "keep", "expected"), CASES)
def test_removed_items_leave_the_comment_lines_around_them(
    source: str, keep: set[str], expected: str
) -> None:
    module = cst.Module([])
    node = cst.parse_expression(source)
    assert isinstance(node, (cst.Call, cst.List, cst.Dict))
    items = node.args if isinstance(node, cst.Call) else node.elements
    kept = [item for item in items if module.code_for_node(item.value) in keep]
    new = module.code_for_node(drop_items(node, kept))
    assert new == expected
    cst.parse_expression(new)


def test_changed_copies_of_kept_items_are_matched_to_their_originals() -> None:
    module = cst.Module([])
    node = cst.parse_expression('[\n    "a",\n    # about b\n    "b",\n    "c"\n]')
    assert isinstance(node, cst.List)
    first, _, last = node.elements
    changed = [first, last.with_changes(value=cst.SimpleString('"z"'))]
    assert (
        module.code_for_node(drop_items(node, changed)) == '[\n    "a",\n    # about b\n    "z"\n]'
    )
