"""Sparse parsing (claude_migrate.sparse) must give exactly what parsing the whole file gives."""

from __future__ import annotations

import ast
import random

import libcst
import pytest
from cst_nodes import every_node
from libcst.metadata import MetadataWrapper, PositionProvider
from snapshot_cases import all_cases, options_for

from claude_migrate import registry, sparse, statements, transform
from claude_migrate.authoring.codemod import FileContext, RunOptions
from claude_migrate.results import Outcome

PYTHON_CASES = [c for c in all_cases() if c.input.suffix == ".py"]

EVERY_SHAPE = '''\
#!/usr/bin/env python
"""A module with a bit of everything around one Claude call."""
import functools

import anthropic

MODEL = "claude-3-5-sonnet-20241022"
client = anthropic.Anthropic()


@functools.cache
def unrelated(x):  # decorated, multi-line
    return [
        x,
        x + 1,
    ]


class Store:
    """Plain code."""

    def get(self, key):
        return key


def ask(prompt):
    response = client.messages.create(
        model=MODEL,
        max_tokens=1024,
        temperature=0.2,
        top_p=0.9,
        messages=[{"role": "user", "content": prompt}],
    )
    if response.stop_reason == "end_turn":
        return response.content[0].text
    elif response.stop_reason == "max_tokens":
        return response.content[0].text + "..."
    raise RuntimeError(response.stop_reason)


def last_reason(response):  # no trigger here: kept for the stop-reason codemods' name analysis
    reason = response.stop_reason
    return reason


def describe(reason):
    if reason == "end_turn":
        return "done"
    return "other"


if __name__ == "__main__":
    print(unrelated(1)); print(Store().get("k"))
# trailing comment'''


def both_ways(
    text: str, codemods: list, context: FileContext, monkeypatch
) -> tuple[Outcome, Outcome]:  # type: ignore[type-arg]
    monkeypatch.setattr(sparse, "MIN_LEFT_OUT_SHARE", 0.0)  # sparse wherever anything is left out
    with_sparse = transform.transform_python(text, codemods, context)
    monkeypatch.setattr(sparse, "without_unneeded", lambda *args: None)
    whole = transform.transform_python(text, codemods, context)
    return with_sparse, whole


@pytest.mark.parametrize("case", PYTHON_CASES, ids=[c.id for c in PYTHON_CASES])
def test_every_snapshot_case_is_the_same_sparse_or_whole(case, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data = case.input.read_bytes()
    options, facts = options_for(data, case.codemod)
    context = FileContext(case.input.name, options, facts)
    with_sparse, whole = both_ways(data.decode("utf-8"), [case.codemod], context, monkeypatch)
    assert with_sparse == whole


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("final_newline", [True, False])
def test_all_codemods_on_every_shape(newline: str, final_newline: bool, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = EVERY_SHAPE.replace("\n", newline) + (newline if final_newline else "")
    context = FileContext("m.py", RunOptions(target=(5, 0)))
    codemods = [c.load() for c in registry.select((5, 0))]
    with_sparse, whole = both_ways(text, codemods, context, monkeypatch)
    assert with_sparse == whole
    assert with_sparse.text != text and "def unrelated(x):  # decorated" in with_sparse.text


def test_only_compound_statements_without_words_are_left_out() -> None:
    needed = sparse.without_unneeded(EVERY_SHAPE, ast.parse(EVERY_SHAPE), ["claude-", "max_tokens"])
    assert needed is not None
    kept = needed.text.splitlines()
    original = EVERY_SHAPE.split("\n")
    assert [original[i] for i in needed.kept] == kept
    assert "@functools.cache" not in needed.text and "class Store" not in needed.text
    assert 'MODEL = "claude-3-5-sonnet-20241022"' in kept and "import functools" in kept
    assert "def ask(prompt):" in kept and kept[-1] == "# trailing comment"


def test_a_lone_carriage_return_is_parsed_whole() -> None:
    text = "def f():\r    return 1\r"
    assert sparse.without_unneeded(text, ast.parse(text), []) is None


def test_splice_gives_up_when_a_top_level_statement_is_added() -> None:
    text = "x = 1\n\n\ndef f():\n    pass\n"
    needed = sparse.without_unneeded(text, ast.parse(text), [])
    assert needed is not None and needed.text == "x = 1\n\n\n"
    assert (
        sparse.splice(needed, ["", "x = 1\n", "\n\n", ""], ["", "x = 1\n", "y = 2\n", ""]) is None
    )


def test_splice_gives_up_when_a_change_touches_a_left_out_statement() -> None:
    text = "x = 1\ndef f():\n    pass\ny = 2\n"
    needed = sparse.without_unneeded(text, ast.parse(text), [])
    assert needed is not None and needed.text == "x = 1\ny = 2\n"
    parts = ["", "x = 1\n", "y = 2\n", ""]
    assert sparse.splice(needed, parts, ["", "x = 1\n", "y = 3\n", ""]) is None
    assert sparse.splice(needed, parts, ["", "x = 1\n", "z = 0\ny = 2\n", ""]) is None
    assert sparse.splice(needed, parts, parts) == text


def test_splice_puts_a_change_back_among_left_out_statements() -> None:
    text = "def f():\n    pass\n\nx = 1\n\ndef g():\n    pass\n"
    needed = sparse.without_unneeded(text, ast.parse(text), [])
    assert needed is not None and needed.text == "\nx = 1\n\n"
    assert needed.kept == [2, 3, 4, 7]
    parts = ["", "\nx = 1\n", "\n"]
    spliced = sparse.splice(needed, parts, ["", "\nx = 2  # new\n", "\n"])
    assert spliced == text.replace("x = 1", "x = 2  # new")
    # Lines of the sparse text as they stand in the file, before and after a line is added.
    same = sparse.file_lines(needed, parts, parts)
    assert same is not None and [same(n) for n in (1, 2, 3)] == [3, 4, 5]
    grown = sparse.file_lines(needed, parts, ["", "\nx = 1\ny = 2\n", "\n"])
    assert grown is not None and [grown(n) for n in (1, 2, 3, 4)] == [3, 4, 5, 6]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_findings_are_placed_statement_by_statement_as_the_position_provider_places_them(
    newline: str,
) -> None:
    # A header comment and no final newline: the header's lines were once counted one short.
    module = libcst.parse_module(EVERY_SHAPE.replace("\n", newline))
    public = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    nodes = [n for n in every_node(module) if n in public]
    segments = statements.Segments().of(module)
    assert statements.positions(module, segments, nodes) == {
        n: (public[n].start.line, public[n].start.column) for n in nodes
    }


CROSS_FUNCTION = """\
def last_reason(response):
    reason = response.stop_reason
    return reason


def cut_off(reason):
    if reason == "max_tokens":
        return True
    return False
"""


def test_statements_a_module_wide_analysis_reads_are_kept(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # CM121 treats `reason` as a stop reason because some function assigns it from one.
    context_window = next(c.load() for c in registry.select((4, 5)) if c.code == "CM121")
    context = FileContext("m.py", RunOptions(target=(4, 5)))
    with_sparse, whole = both_ways(CROSS_FUNCTION, [context_window], context, monkeypatch)
    assert whole.changes and with_sparse == whole


def test_lines_after_a_left_out_statement_and_an_added_line_map_to_the_file() -> None:
    text = "x = 1\n\ndef f():\n    pass\n\ny = 2\n"
    needed = sparse.without_unneeded(text, ast.parse(text), [])
    assert needed is not None and needed.text == "x = 1\n\n\ny = 2\n"
    parts = ["", "x = 1\n", "\n\ny = 2\n", ""]
    changed = ["", "x = 1\nz = 0\n", "\n\ny = 2\n", ""]
    lines = sparse.file_lines(needed, parts, changed)
    assert lines is not None
    spliced = sparse.splice(needed, parts, changed)
    assert spliced is not None
    file = spliced.split("\n")
    new_sparse = "".join(changed).split("\n")
    assert all(file[lines(n) - 1] == new_sparse[n - 1] for n in range(1, len(new_sparse)))
    assert lines(5) == 7  # y = 2: after the added line and the left-out function


LINES_MOVE = """\
import anthropic

client = anthropic.Anthropic()


def ask(prompt):
    response = client.messages.create(model=MODEL, max_tokens=100, messages=[])
    if response.stop_reason == "end_turn":
        return response.content[0].text
    elif response.stop_reason == "max_tokens":
        raise ValueError("the answer was cut off")
    else:
        raise RuntimeError(f"unexpected stop reason: {response.stop_reason}")


def plain(x):
    return x + 1


MODEL = "claude-3-5-sonnet-20241022"
"""


def test_findings_after_added_lines_and_a_left_out_statement_keep_their_lines(
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    # CM122 adds a refusal branch inside ask(); plain() is left out; the model ID after it
    # is then rewritten by later codemods: its line is still its line in the file on disk.
    context = FileContext("m.py", RunOptions(target=(5, 0)))
    codemods = [c.load() for c in registry.select((5, 0))]
    with_sparse, whole = both_ways(LINES_MOVE, codemods, context, monkeypatch)
    assert with_sparse == whole
    model_line = LINES_MOVE.splitlines().index('MODEL = "claude-3-5-sonnet-20241022"') + 1
    assert with_sparse.text.splitlines().index('MODEL = "claude-sonnet-5"') + 1 > model_line
    assert any(c.code == "CM201" and c.line == model_line for c in with_sparse.changes)
    assert any(c.code == "CM101" and c.line == model_line for c in with_sparse.changes)


def test_a_codemod_that_asks_for_the_whole_module_sees_every_statement(
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from claude_migrate.authoring import Codemod, Safety, Scope

    class EveryFunction(Codemod):
        """Report every function (a test codemod)."""

        code, slug, target, safety = "CM999", "every-function", (4, 5), Safety.REPORT
        triggers = (b"claude-",)

        def visit_FunctionDef(self, node) -> None:  # type: ignore[no-untyped-def]
            self.record_finding(node, self.code, node.name.value)

    class WholeModule(EveryFunction):
        scope = Scope(whole_module=True)

    text = "".join(f"def f{i}(x):\n    return x + {i}\n\n" for i in range(30))
    text += 'MODEL = "claude-3-haiku-20240307"\n\ndef uses(x):\n    return MODEL\n'
    monkeypatch.setattr(sparse, "MIN_LEFT_OUT_SHARE", 0.0)  # sparse wherever anything is left out
    context = FileContext("m.py", RunOptions(target=(4, 5)))
    narrowed = transform.transform_python(text, [EveryFunction], context)
    whole = transform.transform_python(text, [WholeModule], context)
    assert [f.message for f in narrowed.findings] == []  # no function holds a trigger
    assert len(whole.findings) == 31  # every function, though sparse parsing was on
    assert whole.findings[0].line == 1 and whole.findings[-1].line == text.count("\n") - 1
    # Beside a codemod that reads the whole module, every statement is parsed, but the others
    # still walk only the statements that hold their words.
    both = transform.transform_python(text, [WholeModule, EveryFunction], context)
    assert [f.message for f in both.findings if f.code == "CM999"].count("uses") == 1
    assert len(both.findings) == 31  # the narrowed one found nothing beside it


def _left_out_by_each_chunk(text: str, words: list[str]) -> set[int]:
    """The first lines of the statements left out by the rule as first written: a compound
    statement none of the words is in (in its own lines)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    out = set()
    for statement in ast.parse(text).body:
        decorators = getattr(statement, "decorator_list", ())
        first = min([statement.lineno, *(d.lineno for d in decorators)])
        chunk = text[offsets[first - 1] : offsets[statement.end_lineno or statement.lineno]]
        if isinstance(statement, sparse._COMPOUND) and not any(w in chunk for w in words):
            out.add(first)
    return out


PIECES = (
    "def f{n}():\n    return {w!r}\n",
    "class C{n}:\n    x = {w}\n",
    "y{n} = {w!r}\n",
    "if x:\n    pass  # {w}\n",
    "\n# {w}\n",
    "@d\ndef g{n}(): {w}\n",
    "{w}_{n}\n",  # a word right after a statement's last line
)
VOCABULARY = ("claude", "top_p", "max_tokens", "aa", "a", "thinking", "x", "claude-3")


@pytest.mark.parametrize("seed", range(60))
def test_words_found_once_in_the_text_leave_out_what_each_chunk_would(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(
        rng.choice(PIECES).format(n=n, w=rng.choice(VOCABULARY)) for n in range(rng.randint(4, 30))
    )
    words = rng.sample(VOCABULARY, rng.randint(1, 3)) * rng.randint(1, 2)
    needed = sparse.without_unneeded(text, ast.parse(text), words)
    if needed is None:
        return  # too little left out to be worth it
    kept = {index + 1 for index in needed.kept}
    firsts = {
        min([s.lineno, *(d.lineno for d in getattr(s, "decorator_list", ()))])
        for s in ast.parse(text).body
    }
    assert firsts - kept == _left_out_by_each_chunk(text, words)


def test_blank_lines_between_left_out_statements_are_left_out_and_put_back() -> None:
    text = (
        "import anthropic\n\n\ndef a():\n    return 1\n\n  \n\ndef b():\n    return 2\n"
        "# about c\n\ndef c():\n    return 3\n\n\nMODEL = 'claude-3-haiku-20240307'\n"
    )
    needed = sparse.without_unneeded(text, ast.parse(text), ["claude-"])
    assert needed is not None
    # Between a and b, and b and c: gone, but for the comment. Before and after them: kept.
    assert needed.text == "import anthropic\n\n\n# about c\n\n\nMODEL = 'claude-3-haiku-20240307'\n"
    parts = ["", "import anthropic\n", "\n\n# about c\n\n\nMODEL = 'claude-3-haiku-20240307'\n", ""]
    changed = [*parts[:2], parts[2].replace("claude-3-haiku-20240307", "claude-haiku-4-5"), ""]
    assert sparse.splice(needed, parts, changed) == text.replace(
        "claude-3-haiku-20240307", "claude-haiku-4-5"
    )
