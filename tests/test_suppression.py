"""Suppression comments, through the same entry point the command line uses."""

from __future__ import annotations

from claude_migrate import registry
from claude_migrate.authoring.codemod import RunOptions
from claude_migrate.pipeline import Plan, migrate_bytes
from claude_migrate.results import Status


def run(text: str, path: str = "t.py", kind: str = "python"):
    plan = Plan(codemods=registry.codemods_up_to((4, 5)), options=RunOptions(target=(4, 5)))
    return migrate_bytes(text.encode(), path, plan, kind)


def output(text: str, **kwargs: str) -> str:
    result = run(text, **kwargs)
    assert result.status is not Status.FAILED, result.error
    return result.new_bytes.decode() if result.new_bytes is not None else text


def test_ignore_comment_keeps_its_line_and_drops_its_records() -> None:
    text = (
        'A = "claude-3-haiku-20240307"  # claude-migrate: ignore\nB = "claude-3-haiku-20240307"\n'
    )
    result = run(text)
    assert result.new_bytes.decode() == (
        'A = "claude-3-haiku-20240307"  # claude-migrate: ignore\nB = "claude-haiku-4-5-20251001"\n'
    )
    assert [c.line for c in result.changes] == [2]


def test_ignore_with_codes_only_covers_those_codes() -> None:
    text = 'client.messages.create(model="claude-3-haiku-20240307", temperature=1, top_p=0.9)  # claude-migrate: ignore[CM125]\n'
    assert output(text) == (
        'client.messages.create(model="claude-haiku-4-5-20251001", temperature=1, top_p=0.9)  # claude-migrate: ignore[CM125]\n'
    )


def test_ignore_on_a_statements_first_line_covers_the_statement() -> None:
    text = (
        "response = client.messages.create(  # claude-migrate: ignore\n"
        '    model="claude-3-opus-20240229",\n'
        "    max_tokens=10,\n"
        ")\n"
        'OTHER = "claude-3-opus-20240229"\n'
    )
    assert output(text) == text.replace(
        'OTHER = "claude-3-opus-20240229"', 'OTHER = "claude-opus-4-5-20251101"'
    )


def test_ignore_silences_findings_too() -> None:
    text = 'PRICES = {"claude-3-opus-20240229": 15}  # claude-migrate: ignore[CM102]\n'
    assert run(text).findings == ()
    assert [
        f.code for f in run(text.replace("  # claude-migrate: ignore[CM102]", "")).findings
    ] == ["CM102"]


def test_skip_file() -> None:
    text = '# claude-migrate: skip-file\nMODEL = "claude-3-opus-20240229"\n'
    result = run(text)
    assert result.status is Status.SKIPPED and result.new_bytes is None


def test_ignore_in_a_config_file() -> None:
    text = "a: claude-3-haiku-20240307  # claude-migrate: ignore\nb: claude-3-haiku-20240307\n"
    assert output(text, path="c.yaml", kind="config") == (
        "a: claude-3-haiku-20240307  # claude-migrate: ignore\nb: claude-haiku-4-5-20251001\n"
    )


SERVICE = """\
import anthropic
def label(r):
    if r.stop_reason == "max_tokens":
        return "cut"
    return "other"
def first_text(client, prompt):
    r = client.messages.create(model="claude-sonnet-4-5", max_tokens=256, messages=prompt)
    text = r.content[0].text{comment}
    size = len(text)
    note = "done"
    return text, size
"""


def test_records_are_placed_on_the_lines_of_the_file_on_disk() -> None:
    # CM121 and CM122 add lines above the read CM124 reports: its line is still line 8.
    result = run(SERVICE.format(comment=""))
    assert result.status is Status.CHANGED
    assert [f.line for f in result.findings if f.code == "CM124"] == [8]
    lines = SERVICE.count("\n")
    assert all(r.line <= lines for r in (*result.changes, *result.findings))


def test_an_ignore_comment_on_the_reported_line_on_disk_silences_it() -> None:
    result = run(SERVICE.format(comment="  # claude-migrate: ignore[CM124]"))
    assert not [f for f in result.findings if f.code == "CM124"]
    assert any(c.code == "CM121" for c in result.changes)  # other codes still apply


def test_an_ignore_comment_on_any_line_of_a_statement_covers_it() -> None:
    text = (
        "client.messages.create(\n"
        '    model="claude-3-haiku-20240307",\n'
        "    max_tokens=10,  # claude-migrate: ignore\n"
        ")\n"
        'B = "claude-3-haiku-20240307"\n'
    )
    result = run(text)
    assert result.new_bytes is not None
    assert result.new_bytes.decode() == text.replace(
        'B = "claude-3-haiku-20240307"', 'B = "claude-haiku-4-5-20251001"'
    )
    assert [c.line for c in result.changes] == [5]


def test_an_ignore_comment_on_a_compound_header_leaves_its_body_alone() -> None:
    text = (
        'if model == "claude-3-haiku-20240307":  # claude-migrate: ignore\n'
        '    fallback = "claude-3-haiku-20240307"\n'
    )
    assert output(text) == text.replace(
        '    fallback = "claude-3-haiku-20240307"', '    fallback = "claude-haiku-4-5-20251001"'
    )


def test_suppression_does_not_parse_the_file_again(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # One ignore comment used to make a file several times slower: every codemod parsed and
    # placed the whole module again to find the covered lines.
    import libcst

    body = "".join(f"def f{i}(x):\n    return x + {i}\n" for i in range(50))
    text = (
        'import anthropic\nMODEL = "claude-3-haiku-20240307"\nX = 1  # claude-migrate: ignore\n'
        + body
    )
    calls = []
    real = libcst.parse_module
    monkeypatch.setattr(libcst, "parse_module", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert 'MODEL = "claude-haiku-4-5-20251001"' in output(text)
    assert len(calls) <= 1  # the file's one parse (none when CPython's verify suffices)


def run5(text: str):
    plan = Plan(
        codemods=registry.codemods_up_to((5, 0)),
        options=RunOptions(target=(5, 0)),
        known_codes=registry.known_codes(),
    )
    return migrate_bytes(text.encode(), "t.py", plan)


CALL_WITH_ARGUMENT_COMMENT = (
    "import anthropic\n"
    "anthropic.Anthropic().messages.create(\n"
    "    model=pick_model(), max_tokens=256,\n"
    "    temperature=0.2,  # claude-migrate: ignore[CM212]\n"
    "    messages=[])\n"
)


def test_ignore_on_any_line_of_a_statement_covers_the_statement() -> None:
    result = run5(CALL_WITH_ARGUMENT_COMMENT)
    assert [f.code for f in result.findings] == []
    # the mirror case: the same call without the comment is reported on its first line
    bare = run5(CALL_WITH_ARGUMENT_COMMENT.replace("  # claude-migrate: ignore[CM212]", ""))
    assert [(f.code, f.line) for f in bare.findings] == [("CM212", 2)]


def test_ignore_on_one_statement_does_not_cover_the_next() -> None:
    text = CALL_WITH_ARGUMENT_COMMENT + CALL_WITH_ARGUMENT_COMMENT.split("\n", 1)[1].replace(
        "  # claude-migrate: ignore[CM212]", ""
    )
    result = run5(text)
    assert [(f.code, f.line) for f in result.findings] == [("CM212", 6)]


def test_an_unknown_code_in_an_ignore_comment_is_reported() -> None:
    text = 'MODEL = "claude-3-5-sonnet-20241022"  # claude-migrate: ignore[CM999, CM1]\n'
    result = run5(text)
    assert [(f.code, f.line, f.column) for f in result.findings] == [("CM002", 1, 39)]
    assert "unknown code CM999" in result.findings[0].message
    # known codes and prefixes are not reported
    known = run5('MODEL = "claude-3-5-sonnet-20241022"  # claude-migrate: ignore[CM101,CM2]\n')
    assert known.findings == () and known.status is Status.UNCHANGED
