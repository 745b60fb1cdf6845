"""Engine stages that the command-line tests cannot reach directly."""

from __future__ import annotations

import libcst as cst
import pytest

from claude_migrate.authoring.codemod import Codemod, FileContext, RunOptions, Safety
from claude_migrate.authoring.text import split_lines
from claude_migrate.diffing import unified_diff
from claude_migrate.pipeline import Plan, migrate_bytes
from claude_migrate.results import Status
from claude_migrate.source import SourceError, decode_python
from claude_migrate.transform import TransformError, transform_python


class BreaksSyntax(Codemod):
    """Test double: writes a string node that LibCST accepts but that does not parse."""

    code = "CMT01"
    slug = "breaks-syntax"
    target = (4, 5)
    safety = Safety.SAFE
    triggers = (b"x",)

    def leave_SimpleString(
        self, original_node: cst.SimpleString, updated_node: cst.SimpleString
    ) -> cst.SimpleString:
        return updated_node.with_changes(value='"a") + ("b"')


class Crashes(Codemod):
    """Test double: a codemod with a bug."""

    code = "CMT02"
    slug = "crashes"
    target = (4, 5)
    safety = Safety.SAFE
    triggers = (b"x",)

    def visit_Name(self, node: cst.Name) -> None:
        raise KeyError("bug")


def plan(*codemods: type[Codemod]) -> Plan:
    return Plan(codemods=codemods, options=RunOptions(target=(4, 5)))


def test_output_that_does_not_parse_fails_the_file() -> None:
    with pytest.raises(TransformError, match="does not parse"):
        transform_python('x = "1"\n', (BreaksSyntax,), FileContext("t.py", RunOptions((4, 5))))
    result = migrate_bytes(b'x = "1"\n', "t.py", plan(BreaksSyntax))
    assert result.status is Status.FAILED and result.new_bytes is None


def test_a_codemod_bug_fails_one_file_with_a_clear_message() -> None:
    result = migrate_bytes(b"x = 1\n", "t.py", plan(Crashes))
    assert result.status is Status.FAILED
    assert result.error == "internal error: KeyError: 'bug'"


def test_files_without_triggers_are_not_parsed() -> None:
    result = migrate_bytes(b"def (:\n", "t.py", plan(BreaksSyntax))
    assert result.status is Status.UNCHANGED


@pytest.mark.parametrize(
    "data, cause",
    [
        (b"x = '\xff'\n", "cannot decode as utf-8"),
        (b"# coding: bogus-codec\nx = 1\n", "unknown encoding"),
        (b"x = 1\n\0\0", "binary file"),
        (b"\xef\xbb\xbf# coding: latin-1\nx = 1\n", "bad coding declaration"),
    ],
)
def test_undecodable_sources_name_the_cause(data: bytes, cause: str) -> None:
    with pytest.raises(SourceError, match=cause):
        decode_python(data)


def test_diff_marks_a_missing_final_newline_and_keeps_crlf() -> None:
    diff = unified_diff("a\r\nb", "a\r\nc", "f.py")
    assert diff.endswith("-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n")
    assert " a\r\n" in diff


def test_lines_split_on_newline_only_as_git_does() -> None:
    assert split_lines("a\x0cb\rc\u2028d\ne") == ["a\x0cb\rc\u2028d\n", "e"]
