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
