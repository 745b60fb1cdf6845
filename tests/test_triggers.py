"""Weak triggers count only in their forms and beside an Anthropic marker (triggers.py).

The rule must never cost a codemod a file it has something to do in: every snapshot input
and every inline case of the tests is walked, and wherever a codemod's trigger words occur
but the precise rule turns the file away, the codemod is run on it anyway and must change
nothing and report nothing.
"""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from snapshot_cases import all_cases, options_for

from claude_migrate import lang, registry, triggers
from claude_migrate.authoring.codemod import Codemod, RunOptions
from claude_migrate.discover import kind_of
from claude_migrate.pipeline import Plan, migrate_bytes
from claude_migrate.prefilter import Prefilter
from claude_migrate.results import FileResult, Status

TESTS = Path(__file__).resolve().parent

# Snapshot cases whose own codemod the rule turns away on purpose (their outcome, unchanged
# and silent, is the same either way). Where the codemod has a judgement of its own beyond
# the marker, a twin `..._beside_a_marker` still reaches it and is left alone by it.
NOT_CANDIDATES_BY_DESIGN = frozenset(
    {
        # Code with no Anthropic marker: other providers, other libraries.
        "v4_5/CM121-stop-reason-context-window/ts_leave_alone",
        "v4_5/CM125-request-rules/noop_converse_other_models",
        "v5/CM211-sampling-parameters/noop_converse_other_models",
        "v5/CM219-max-tokens-5/noop_converse_other_models",
        "v5/CM231-legacy-completions/noop_openai_chat",
        "v5/CM236-sdk-2-calls/noop_other_library",
        "v5/CM211-sampling-parameters/other_provider_no_marker",
        # The word only in a comment, not in any of its forms.
        "v5_5/CM326-compaction-stop-reason/noop_no_compaction_request",
    }
)


def _raw(data: bytes, codemod: type[Codemod]) -> bool:
    """The plain rule: any trigger word anywhere."""
    return any(t in data for t in (*codemod.triggers, *codemod.weak_triggers))


def _precise(data: bytes, codemod: type[Codemod]) -> bool:
    return bool(triggers.select(data, [codemod]))


@cache
def _forced(codemod: type[Codemod]) -> type[Codemod]:
    """The codemod with every word strong: the plain rule, to see what it would have done."""
    words = (*codemod.triggers, *codemod.weak_triggers)
    return type(codemod.__name__, (codemod,), {"triggers": words, "weak_triggers": ()})


def _forced_run(codemod: type[Codemod], data: bytes, path: str, options: RunOptions) -> FileResult:
    plan = Plan(codemods=(_forced(codemod),), options=options, facts={})
    return migrate_bytes(data, path, plan, kind_of(path) or "python")


def _handles(codemod: type[Codemod], path: str) -> bool:
    kind = kind_of(path)
    return kind in ("python", "notebook") or (
        kind is not None and (kind in codemod.text_kinds or lang.covers(codemod.code, kind))
    )


def _lost(codemod: type[Codemod], data: bytes, path: str, options: RunOptions) -> str | None:
    """Why turning `data` away costs `codemod` something; None if it costs nothing."""
    if not _handles(codemod, path) or not _raw(data, codemod) or _precise(data, codemod):
        return None
    result = _forced_run(codemod, data, path, options)
    if result.status is Status.CHANGED or result.changes or result.findings:
        records = [*result.changes, *result.findings]
        return f"{codemod.code} would record {[(r.code, r.message) for r in records][:3]}"
    return None


def test_no_snapshot_input_loses_a_codemod_that_acts_on_it() -> None:
    lost = []
    own = []
    for case in all_cases():
        data = case.input.read_bytes()
        options, _ = options_for(data, case.codemod)
        if _raw(data, case.codemod) and not _precise(data, case.codemod):
            if case.id not in NOT_CANDIDATES_BY_DESIGN:
                own.append(case.id)
        elif case.id in NOT_CANDIDATES_BY_DESIGN:
            own.append(f"{case.id}: listed as not a candidate, but it is one")
        for codemod in registry.codemods_up_to(options.target):
            why = _lost(codemod, data, case.input.name, options)
            if why is not None:
                lost.append(f"{case.id}: {why}")
    assert not own, f"cases their own codemod no longer reads: {own}"
    assert not lost


def _inline_cases() -> Iterator[tuple[str, bytes]]:
    """Every string constant of the tests that holds a trigger word, as a file would."""
    words = triggers.all_words(registry.all_codemods())
    for path in sorted(TESTS.glob("test_*.py")):
        if path.name == "test_triggers.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
                value = node.value
                data = value if isinstance(value, bytes) else value.encode("utf-8", "replace")
                if any(w in data for w in words):
                    yield (
                        f"{path.name}:{node.lineno}",
                        textwrap.dedent(data.decode("utf-8", "replace")).encode(),
                    )


def _kinds_to_try(data: bytes) -> list[str]:
    """File names an inline case may stand for: Python if it parses, else each other
    language (a case does not say which it is)."""
    try:
        ast.parse(data)
    except (SyntaxError, ValueError):
        return [f"case{suffix}" for suffix in (".ts", ".go", ".java", ".rb", ".cs", ".php")]
    return ["case.py"]


def test_no_inline_case_loses_a_codemod_that_acts_on_it() -> None:
    lost = []
    seen: set[bytes] = set()
    for where, data in _inline_cases():
        if data in seen:
            continue
        seen.add(data)
        for path in _kinds_to_try(data):
            for codemod in registry.all_codemods():
                options = RunOptions(target=registry.newest_version())
                why = _lost(codemod, data, path, options)
                if why is not None:
                    lost.append(f"{where} as {path}: {why}")
    assert not lost


OTHER_PROVIDERS = b"""\
from openai import OpenAI
from groq import Groq


def chat(messages, cfg):
    return OpenAI().chat.completions.create(
        model=cfg.model, messages=messages, temperature=cfg.temperature, top_p=cfg.top_p,
        max_tokens=cfg.max_tokens,
    )


def fast(messages):
    body = {"model": "llama-3.1-8b-instant", "messages": messages, "temperature": 0.2,
            "top_p": 0.9, "max_tokens": 512}
    reply = Groq().chat.completions.create(**body)
    return {"role": "assistant", "content": reply.choices[0].message.content}
"""
# The mirror image: the same request, sent to Claude.
TO_CLAUDE = b"""\
import anthropic


def chat(messages, cfg):
    return anthropic.Anthropic().messages.create(
        model="claude-3-5-sonnet-20241022", messages=messages, temperature=0.2, top_p=0.9,
        max_tokens=1024,
    )
"""


def _every_codemod() -> Plan:
    return Plan(
        codemods=tuple(registry.select(registry.newest_version())),
        options=RunOptions(target=registry.newest_version()),
    )


def _prefilter(target: tuple[int, int]) -> Prefilter:
    chosen = registry.select(target)
    return Prefilter(
        [t for c in chosen for t in c.triggers], [t for c in chosen for t in c.weak_triggers]
    )


@pytest.mark.parametrize("target", [(4, 5), (5, 0), (5, 5)])
def test_a_multi_provider_file_without_a_marker_is_not_a_candidate(
    target: tuple[int, int],
) -> None:
    assert not _prefilter(target).is_candidate(OTHER_PROVIDERS)
    result = migrate_bytes(OTHER_PROVIDERS, "providers.py", _every_codemod())
    assert result.status is Status.UNCHANGED and not result.findings
    assert _prefilter(target).is_candidate(TO_CLAUDE)


def test_the_same_request_to_claude_is_migrated() -> None:
    result = migrate_bytes(TO_CLAUDE, "providers.py", _every_codemod())
    assert result.status is Status.CHANGED
    assert b"top_p" not in (result.new_bytes or b"")


@pytest.mark.parametrize(
    "data",
    [
        b"import anthropic\ndef split(page):\n    top_part, bottom = page[:10], page[10:]\n",
        b'import anthropic\nHELP = "Keep thinking about edge cases before you merge."\n',
        b"def body(cfg, messages):\n"
        b'    return {"model": cfg.model, "messages": messages,\n'
        b'            "temperature": cfg.temperature, "top_p": cfg.top_p}\n',
        b"from openai import OpenAI\ndef chat(m, cfg):\n"
        b"    return OpenAI().chat.completions.create(model=cfg.model, messages=m,\n"
        b"        temperature=cfg.temperature, top_p=cfg.top_p, max_tokens=cfg.max_tokens)\n",
    ],
    ids=["identifier", "prose", "dict-without-marker", "other-vendor"],
)
def test_words_in_prose_identifiers_or_other_providers_code_make_no_candidate(
    data: bytes,
) -> None:
    assert not _prefilter((5, 5)).is_candidate(data)


@pytest.mark.parametrize(
    "form",
    [
        b"top_p=0.9",
        b"top_p = 0.9",
        b"top_p: 0.9",
        b'"top_p"',
        b"'top_p'",
        b"`top_p`",
        b".top_p(0.9)",
        b"when :top_p then",
    ],
)
def test_each_form_beside_a_marker_makes_a_candidate(form: bytes) -> None:
    assert triggers.words_in_form(b"x(" + form + b")", [b"top_p"]) == {b"top_p"}
    assert _prefilter((5, 5)).is_candidate(b"import anthropic\n" + form + b"\n")
    assert not _prefilter((5, 5)).is_candidate(b"import openai\n" + form + b"\n")


@pytest.mark.parametrize(
    "text",
    [
        b"top_part=1",
        b"my_top_p=1",
        b"top_p == x",
        b"the top_p value",
        b'"top_p is low"',
        b"a::top_p",
    ],
)
def test_other_uses_of_a_word_are_not_its_forms(text: bytes) -> None:
    assert triggers.words_in_form(text, [b"top_p"]) == frozenset()


@pytest.mark.parametrize(
    "marker",
    [
        b"import anthropic",
        b"from anthropic import Anthropic",
        b'import Anthropic from "@anthropic-ai/sdk"',
        b"os.environ['ANTHROPIC_API_KEY']",
        b'"us.anthropic.claude-3-5-sonnet-20241022-v2:0"',
        b'"claude-3-5-sonnet-v2@20241022"',
        b"client.messages.create(**body)",
        b"client.messages.count_tokens(**body)",
        b"client.Messages.New(ctx, params)",
        b"client.messages().create(params)",
        b"if r.stop_reason:",
    ],
)
def test_anthropic_markers(marker: bytes) -> None:
    assert triggers.holds_marker(marker)


def test_a_strong_trigger_needs_no_marker() -> None:
    assert _prefilter((4, 5)).is_candidate(b'MODEL = "claude-3-haiku-20240307"\n')
    assert _prefilter((4, 5)).is_candidate(b'TOOL = {"type": "text_editor_20250124"}\n')


def test_words_in_form_is_the_rule_its_forms_write() -> None:
    """words_in_form tests each occurrence byte by byte; FORMS, the same rule as regular
    expressions, is the reference: over random texts of words, quotes, spaces and the
    bytes the forms look at, both find the same words."""
    import random
    import re

    words = [b"top_p", b"top_k", b"end_turn", b"tools"]
    pieces = [*words, b"=", b"==", b":", b"::", b".", b"(", b" ", b"\n", b'"', b"'", b"`", b"$"]
    pieces += [b"x", b"_", b"top_", b"s", b"\t"]
    rng = random.Random(21)

    def reference(data: bytes) -> frozenset[bytes]:
        return frozenset(
            w
            for w in words
            if any(re.search(f.replace(b"{w}", re.escape(w)), data) for f in triggers.FORMS)
        )

    for _ in range(3000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert triggers.words_in_form(data, words) == reference(data), data


def test_holds_marker_is_what_the_marker_expression_finds() -> None:
    import random

    pieces = [b"Anthropic", b"CLAUDE", b"stop_", b"Reason", b"messages", b".", b"()", b"create"]
    pieces += [b"Stream", b"count_tokens", b"countTokens", b"new", b"d", b"_", b" ", b"x"]
    rng = random.Random(22)
    for _ in range(3000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert triggers.holds_marker(data) == (triggers.MARKER.search(data) is not None), data
    assert triggers.MARKER_WORDS == rb"anthropic|claude|stop_?reason"  # the literals' source
