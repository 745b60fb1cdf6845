"""What LibCST alone drops (a form feed starting a line, some final newlines) survives its
round trip through `lossless`, for every mix of those shapes."""

from __future__ import annotations

import libcst
from hypothesis import given, settings
from hypothesis import strategies as st

from claude_migrate.lossless import hold

LINES = st.sampled_from(
    ["x = 1", "def f():", "    pass", "# c \\", "", "if x:", "    y = (1,", "    2)", "z = 3  # \\"]
)
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def sources(draw: st.DrawFn) -> str:
    newline = draw(NEWLINES)
    lines = [draw(st.sampled_from(["", "", "\f", "\f\f"])) + line for line in draw(st.lists(LINES))]
    ending = draw(st.sampled_from(["", newline, newline + newline]))
    return newline.join(lines) + ending


@settings(max_examples=300, deadline=None)
@given(sources())
def test_libcst_round_trip_through_hold_gives_every_byte_back(text: str) -> None:
    held = hold(text)
    assert held.restore(held.text) == text
    try:
        module = libcst.parse_module(held.text)
    except libcst.ParserSyntaxError:
        return
    assert held.restore(module.code) == text


def test_a_removed_last_statement_does_not_add_a_blank_line() -> None:
    held = hold("A = 1\nif undo:\n    pass\n")
    assert held.restore("A = 1\n") == "A = 1\n"
    held = hold("A = 1\n\n")  # a file that ends with a blank line keeps it
    assert held.restore(held.text) == "A = 1\n\n"
    assert held.restore("A = 2\n") == "A = 2\n\n"


def test_form_feeds_follow_their_lines_through_edits() -> None:
    held = hold("A = 1\n\fB = 2\n\fC = 3\n")
    assert held.restore(held.text.replace("A = 1\n", "")) == "\fB = 2\n\fC = 3\n"
    assert held.restore(held.text.replace("B = 2\n", "")) == "A = 1\n\f\fC = 3\n"
    assert held.restore("Z = 0\n" + held.text) == "Z = 0\nA = 1\n\fB = 2\n\fC = 3\n"
