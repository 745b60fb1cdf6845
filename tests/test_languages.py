"""The other languages end to end: a monorepo with Python, TypeScript, JavaScript and Go
services calling Claude 3.x migrates in one `run --write .`, every file still parses in its
own grammar, and what cannot be rewritten is listed with code, file and line."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claude_migrate import lang
from claude_migrate.lang import grammars
from claude_migrate.lang.document import Edit
from claude_migrate.lang.engine import LanguageError, apply_edits

FIXTURE = Path(__file__).parent / "fixtures" / "polyglot_monorepo"
OLD_IDS = re.compile(rb"claude-3-|ModelClaude3_")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claude_migrate", "run", "--no-cache", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def monorepo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    return root


def test_a_polyglot_monorepo_migrates_in_one_run(monorepo: Path) -> None:
    done = run("--write", ".", cwd=monorepo)
    assert done.returncode == 0, done.stderr
    files = {p.relative_to(monorepo).as_posix(): p.read_bytes() for p in monorepo.rglob("*.*")}
    for name, data in files.items():
        kind = lang.kind_of(name)
        if name.endswith(".py"):
            ast.parse(data)
        elif kind is not None:
            tree = grammars.parse(data, grammars.grammar_for(name, kind))
            assert not tree.root_node.has_error, name

    ts = files["services/api/src/reply.ts"].decode()
    assert 'model: "claude-sonnet-5-5", max_tokens: 1024,\n' in ts
    assert "temperature" not in ts and "top_p" not in ts
    assert 'thinking: { type: "adaptive" }' in ts
    assert b'"claude-haiku-5-5"' in files["services/web/pages/api/chat.js"]
    editor = files["services/api/src/editor.ts"].decode()
    assert '{ type: "text_editor_20250728", name: "str_replace_based_edit_tool" }' in editor
    assert 'block.name === "str_replace_based_edit_tool"' in editor
    go = files["services/worker/worker.go"].decode()
    # Go's SDK has Sonnet 5 and Sonnet 5.5 constants (the set's sdk_constants.toml).
    assert "anthropic.ModelClaudeSonnet5_5," in go and '"claude-sonnet-5-5"' in go
    assert b'model="claude-sonnet-5-5"' in files["services/billing/summarise.py"]
    # Left for a person: the lookup table, the prefix test, Go's sampling field.
    assert OLD_IDS.search(files["services/api/src/reply.ts"])  # the PRICES table
    stderr = done.stderr
    assert re.search(r"services/api/src/reply\.ts:3:\d+: CM102 ", stderr)
    assert re.search(r"services/web/pages/api/chat\.js:11:\d+: CM104 ", stderr)
    assert re.search(r"services/worker/worker\.go:15:\d+: CM212 ", stderr)

    again = run("--check", ".", cwd=monorepo)
    assert again.returncode == 0, again.stdout  # nothing left to change


def test_a_rule_whose_output_does_not_parse_fails_the_file(monorepo: Path) -> None:
    from claude_migrate.lang import engine

    original = engine.rule_for

    def broken(code: str):  # type: ignore[no-untyped-def]
        rule = original(code)

        def wrapped(doc, codemod):  # type: ignore[no-untyped-def]
            rule(doc, codemod)
            for note in doc.notes:
                if note.edits:
                    doc.notes[doc.notes.index(note)] = type(note)(
                        note.offset,
                        note.code,
                        note.message,
                        False,
                        (Edit(note.edits[0].start, note.edits[0].end, b'"("'),),
                    )

        return wrapped

    engine.rule_for = broken  # type: ignore[assignment]
    try:
        from claude_migrate.codemods.v4_5.cm101_legacy_model_id import LegacyModelIds

        from claude_migrate.authoring.options import FileContext, RunOptions

        data = b'const m = "claude-3-haiku-20240307";\n'
        result = engine.migrate_code(
            data,
            "m.ts",
            "typescript",
            (LegacyModelIds,),
            FileContext("m.ts", RunOptions(target=(4, 5))),
            (),
        )
    finally:
        engine.rule_for = original  # type: ignore[assignment]
    assert result.status.value == "failed" and "does not parse" in (result.error or "")
    assert result.new_bytes is None


def test_overlapping_edits_are_refused() -> None:
    assert apply_edits(b"abcdef", [Edit(1, 2, b"X"), Edit(1, 2, b"X")]) == b"aXcdef"
    with pytest.raises(LanguageError):
        apply_edits(b"abcdef", [Edit(1, 3, b"X"), Edit(2, 4, b"Y")])


def test_files_without_a_trigger_are_not_parsed(tmp_path: Path) -> None:
    (tmp_path / "plain.ts").write_text("export const x = 1;\n")
    (tmp_path / "plain.go").write_text("package p\n")
    done = run(".", cwd=tmp_path)
    assert "2 files scanned, 2 without Claude code" in done.stderr


def test_list_and_explain_name_the_languages() -> None:
    listed = subprocess.run(
        [sys.executable, "-m", "claude_migrate", "list"], capture_output=True, text=True
    )
    assert "languages: Python, TypeScript, JavaScript, Go, Java, Ruby, C#, PHP" in listed.stdout
    explained = subprocess.run(
        [sys.executable, "-m", "claude_migrate", "explain", "CM111"], capture_output=True, text=True
    )
    assert "Languages: Python, TypeScript, JavaScript" in explained.stdout


@pytest.mark.parametrize(
    "name, model_id, kind",
    [
        ("ModelClaude3_5SonnetLatest", "claude-3-5-sonnet-latest", "go"),
        ("ModelClaude_3_Opus_20240229", "claude-3-opus-20240229", "go"),
        ("ModelClaudeSonnet4_5_20250929", "claude-sonnet-4-5-20250929", "go"),
        ("ModelClaudeSonnet5", "claude-sonnet-5", "go"),
        ("CLAUDE_3_5_SONNET_LATEST", "claude-3-5-sonnet-latest", "java"),
        ("CLAUDE_OPUS_4_5_20251101", "claude-opus-4-5-20251101", "ruby"),
        ("Claude3_5SonnetLatest", "claude-3-5-sonnet-latest", "csharp"),
        ("ClaudeHaiku4_5_20251001", "claude-haiku-4-5-20251001", "csharp"),
    ],
)
def test_sdk_constant_names_spell_their_model_ids(name: str, model_id: str, kind: str) -> None:
    from claude_migrate.lang import sdk_constants

    assert sdk_constants.id_of(name) == model_id
    if "-3-" not in model_id:  # the SDKs' 3.x names are irregular; only successors are written
        assert sdk_constants.name_for(model_id, kind) == name


def test_a_constant_whose_successor_the_sdk_lacks_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claude_migrate.codemods.v4_5.cm101_legacy_model_id import LegacyModelIds

    from claude_migrate.authoring.options import FileContext, RunOptions
    from claude_migrate.lang import engine, sdk_constants

    monkeypatch.setattr(sdk_constants, "defined", lambda package, kind: frozenset())
    data = b'package p\n\nimport "github.com/anthropics/anthropic-sdk-go"\n\nvar m = anthropic.ModelClaude3_5SonnetLatest\n'
    context = FileContext("p.go", RunOptions(target=(4, 5)))
    result = engine.migrate_code(data, "p.go", "go", (LegacyModelIds,), context, ())
    assert result.status.value == "unchanged"
    assert [(f.line, f.code) for f in result.findings] == [(5, "CM102")]
    assert "defines no constant for its successor claude-sonnet-4-5" in result.findings[0].message


def test_a_handler_follows_a_tool_definition_in_another_file(tmp_path: Path) -> None:
    (tmp_path / "tools.ts").write_text(
        'export const tools = [{ type: "text_editor_20250124", name: "str_replace_editor" }];\n'
    )
    (tmp_path / "handler.js").write_text(
        'export const isEditor = (block) => block.name === "str_replace_editor";\n'
    )
    (tmp_path / "other").mkdir()
    done = run("--write", "--to", "4.5", ".", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "str_replace_based_edit_tool" in (tmp_path / "handler.js").read_text()


def test_a_project_without_the_anthropic_editor_keeps_its_dispatch(tmp_path: Path) -> None:
    handler = 'export const isEditor = (block) => block.name === "str_replace_editor";\n'
    (tmp_path / "handler.ts").write_text(handler)
    done = run("--write", "--to", "4.5", ".", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "handler.ts").read_text() == handler


def test_an_edited_tree_parses_again_as_a_fresh_parse_would() -> None:
    from claude_migrate.lang.engine import _edited, merge_edits, splice

    data = b'const a = "x";\nconst b = {\n  c: 1,\n  d: [2, 3],\n};\nf(a, b);\n'
    edits = [
        Edit(11, 12, b"y\nz"),
        Edit(22, 29, b""),
        Edit(data.index(b"f(a"), data.index(b"f(a") + 1, b"gg"),
    ]
    merged = merge_edits(data, edits)
    new = splice(data, merged)
    tree = grammars.parse(data, "typescript")
    again = grammars.parse(new, "typescript", _edited(tree, data, merged))
    assert str(again.root_node) == str(grammars.parse(new, "typescript").root_node)
    assert again.root_node.end_point == grammars.parse(new, "typescript").root_node.end_point


def test_the_node_index_finds_only_the_types_asked_for_in_source_order() -> None:
    from claude_migrate.lang.nodes import NodeIndex

    data = b'const m = { a: "claude-3-opus", b: { c: "x" } };\nf("claude-3-haiku");\n'
    tree = grammars.parse(data, "typescript")
    index = NodeIndex(tree, "typescript")
    objects = index.nodes(("object", "no_such_type"))
    assert [o.start_byte for o in objects] == [10, 35]
    inner = index.nodes(("string_fragment",), under=objects[1])
    assert [data[n.start_byte : n.end_byte] for n in inner] == [b"x"]
    named = index.nodes(("string_fragment",), pattern="^claude-")
    assert [data[n.start_byte : n.end_byte] for n in named] == [b"claude-3-opus", b"claude-3-haiku"]


def test_around_looks_only_above_each_occurrence() -> None:
    from claude_migrate.authoring.codemod import RunOptions
    from claude_migrate.authoring.options import FileContext
    from claude_migrate.lang.document import Document
    from claude_migrate.lang.nodes import NodeIndex

    data = b'const m = { a: { b: "max_tokens" } };\nconst n = { c: 1 };\n// max_tokens\n'
    tree = grammars.parse(data, "typescript")
    doc = Document(
        data,
        tree,
        "typescript",
        FileContext("x.ts", RunOptions(target=(4, 5))),
        NodeIndex(tree, "typescript"),
    )
    found = doc.around(b"max_tokens", ("object",))
    assert [(o.start_byte, o.end_byte) for o in found] == [(10, 36), (15, 34)]


def test_a_later_pass_reports_at_the_line_on_disk(tmp_path: Path) -> None:
    # The 4.5 set removes top_p's line and the 5 set temperature's before CM215 and CM225
    # look: their records still name the lines of the file as it is on disk.
    source = (
        'import Anthropic from "@anthropic-ai/sdk";\n'
        "export const ask = async (content: string) => {\n"
        "  const response = await new Anthropic().messages.create({\n"
        '    model: "claude-3-5-sonnet-20241022",\n'
        "    max_tokens: 1024,\n"
        "    temperature: 0.2,\n"
        "    top_p: 0.9,\n"
        '    messages: [{ role: "user", content }, { role: "assistant", content: "{" }],\n'
        "  });\n"
        "  return response.content[0].text;\n"
        "};\n"
    )
    (tmp_path / "ask.ts").write_text(source)
    done = run("--to", "5", "ask.ts", cwd=tmp_path)
    assert re.search(r"ask\.ts:8:43: CM215 ", done.stderr), done.stderr
    assert re.search(r"ask\.ts:10:10: CM225 ", done.stderr), done.stderr
    assert re.search(r"ask\.ts:7:5: CM130 ", done.stderr), done.stderr


def test_what_passes_share_is_read_from_each_file_and_each_edit_anew() -> None:
    # The engine reads a file's ignore comments and line positions once for all its passes,
    # and the nodes around a marker once per parse: a second file, or a pass after an edit
    # (CM301 moves the ID CM101 wrote, whose span differs), must not see the reads of the last.
    from claude_migrate import registry
    from claude_migrate.authoring.codemod import RunOptions
    from claude_migrate.pipeline import Plan, migrate_bytes

    target = registry.newest_version()
    plan = Plan(codemods=registry.codemods_up_to(target), options=RunOptions(target=target))
    old = '"claude-3-haiku-20240307"'
    first = f"const a = {old}; // claude-migrate: ignore\nconst b = {{ model: {old} }};\n"
    second = (
        f"const z = 1;\nconst b = {{ model: {old} }};\nconst a = {old}; // claude-migrate: ignore\n"
    )
    results = [
        migrate_bytes(source.encode(), name, plan, "typescript")
        for name, source in (("a.ts", first), ("b.ts", second), ("a.ts", first))
    ]
    new = '{ model: "claude-haiku-5-5" }'
    assert results[0].new_bytes == first.replace(f"{{ model: {old} }}", new).encode()
    assert results[1].new_bytes == second.replace(f"{{ model: {old} }}", new).encode()
    assert results[2] == results[0]
    for result in results:
        assert [(c.line, c.code) for c in result.changes] == [(2, "CM101"), (2, "CM301")]


@pytest.mark.parametrize(
    "source",
    [
        b"'@anthropic-ai/sdk';",
        b'import x from "@anthropic-ai/bedrock-sdk/client";',
        b'"@anthropic-ai/other"; import A from "@anthropic-ai/sdk";',
        b"@anthropic-ai/sdk' has no opening quote",
        b'"@anthropic-ai/other"',
        b"",
    ],
)
def test_the_timeout_rule_finds_the_sdk_import_as_its_expression_does(source: bytes) -> None:
    # The rule searches for the SDKs' scope and tries the expression only there.
    from claude_migrate.lang import timeouts

    assert timeouts._imports_sdk(source) == (timeouts._SDK.search(source) is not None)


@pytest.mark.parametrize(
    ("source", "grammar"),
    [
        ('const a = "é";\r\nlet b = {\r\n  c: `x\n${y}`, // ü\n}\n\n'.encode(), "typescript"),
        (b"const = = = {{{ broken\n  (( x\n", "typescript"),
        ('package p\n\nvar s = "日本"\n'.encode(), "go"),
        (b"", "go"),
    ],
)
def test_a_point_read_from_the_tree_is_the_one_counted_from_the_start(
    source: bytes, grammar: str
) -> None:
    # Edits told to the tree and records placed on lines take their rows and byte columns
    # from the smallest node at an offset, counting only from its start.
    from claude_migrate.lang.engine import _point

    root = grammars.parse(source, grammar).root_node
    for offset in range(len(source) + 1):
        row = source.count(b"\n", 0, offset)
        column = offset - (source.rfind(b"\n", 0, offset) + 1)
        assert _point(root, source, offset) == (row, column), offset


_SDK_SHAPES = [
    b"Anthropic",
    b"xAnthropic Anthropic_ AnthropicBedrock",
    b"new Anthropic(",
    "é Anthropic".encode(),
    b"_Anthropic9 then (Anthropic)",
    b'import "github.com/anthropics/anthropic-sdk-go"',
    b"import com.anthropic.client.AnthropicClient;",
    b"",
]


def test_the_sdk_import_checks_find_what_their_expressions_find() -> None:
    # Both rules search for literals and try their expression only there, or not at all:
    # every input of the snapshot cases, and the edges of a word, agree with the expression.
    from claude_migrate.lang import requests, timeouts

    inputs = [p.read_bytes() for p in Path(__file__).parent.parent.glob("snapshots/*/*/*.input.*")]
    assert len(inputs) > 100
    for data in [*inputs, *_SDK_SHAPES]:
        assert requests._imports_sdk(data) == (requests._SDK_IMPORT.search(data) is not None)
        assert timeouts._imports_sdk(data) == (timeouts._SDK.search(data) is not None)
