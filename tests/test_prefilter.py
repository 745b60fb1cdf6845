"""The prefilter's engines agree, whichever the platform has."""

from __future__ import annotations

import random

import pytest

from claude_migrate import prefilter, triggers
from claude_migrate.prefilter import Prefilter

TRIGGERS = [b"claude-", b"max_tokens", b"content[0].text", b"from anthropic import", b"a.b(c)"]


def texts() -> list[bytes]:
    rng = random.Random(3)
    alphabet = b"abcdef .()[]0-_\n" + b"".join(TRIGGERS)
    made = [bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 300))) for _ in range(300)]
    return [*made, b"", b"claude", b"max_token", b"x content[0].text", b"a.b(c", b"\xff\xfea.b(c)"]


@pytest.mark.parametrize("engine", ["hyperscan", "ahocorasick", "in"])
def test_engines_agree_with_a_plain_search(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if engine == "hyperscan" and prefilter._hyperscan is None:
        pytest.skip("no hyperscan wheel on this platform")
    if engine != "hyperscan":
        monkeypatch.setattr(prefilter, "_hyperscan", None)
    if engine == "in":
        monkeypatch.setattr(prefilter, "_ahocorasick", None)
    search = Prefilter(TRIGGERS)
    assert search.engine == engine
    for data in texts():
        assert search.is_candidate(data) == any(t in data for t in TRIGGERS), data


def test_no_triggers_match_nothing() -> None:
    assert not Prefilter([]).is_candidate(b"claude-")


WEAK = [b"top_p", b"thinking", b".thinking", b"completions.create"]


def weak_texts() -> list[bytes]:
    rng = random.Random(5)
    pieces = [*TRIGGERS, *WEAK, b"anthropic", b"=", b'"', b" ", b"_", b"x", b"\n", b"top_"]
    return [b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(500)]


@pytest.mark.parametrize("engine", ["hyperscan", "ahocorasick", "in"])
def test_engines_agree_on_weak_triggers(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A strong trigger alone, or a weak one that passes the precise test (triggers.py)."""
    if engine == "hyperscan" and prefilter._hyperscan is None:
        pytest.skip("no hyperscan wheel on this platform")
    if engine != "hyperscan":
        monkeypatch.setattr(prefilter, "_hyperscan", None)
    if engine == "in":
        monkeypatch.setattr(prefilter, "_ahocorasick", None)
    search = Prefilter(TRIGGERS, WEAK)
    assert search.engine == engine
    words = [w for w in WEAK if triggers.is_word(w)]
    phrases = [w for w in WEAK if not triggers.is_word(w)]
    for data in weak_texts():
        weak = triggers.holds_marker(data) and (
            any(p in data for p in phrases) or bool(triggers.words_in_form(data, words))
        )
        assert search.is_candidate(data) == (any(t in data for t in TRIGGERS) or weak), data


@pytest.mark.skipif(prefilter._hyperscan is None, reason="Hyperscan has no wheel here")
def test_hyperscan_finds_the_marker_in_the_same_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files with common weak words and no marker are the bulk of a tree: they never reach
    Python's regex engine for the marker."""

    def searched_again(data: bytes) -> bool:
        raise AssertionError("the marker was searched again")

    monkeypatch.setattr(prefilter, "holds_marker", searched_again)
    search = Prefilter([b"claude-"], weak=[b"top_p", b"tools"])
    assert not search.is_candidate(b"import tools\nTOP = top_p = 0.9\n")
    assert search.is_candidate(b"import Anthropic\nargs = dict(top_p=0.9)\n")  # any case
    assert not search.is_candidate(b"import anthropic\n# top_part of the page\n")  # no form
    assert search.is_candidate(b'MODEL = "claude-3-haiku-20240307"\n')


@pytest.mark.parametrize("engine", ["hyperscan", "ahocorasick", "in"])
def test_a_messages_call_is_a_marker_only_as_a_whole_word(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hyperscan searches the marker's calls without their word boundary (it compiles ten
    times faster so); the boundary is then checked on the few files whose only marker is one."""
    if engine == "hyperscan" and prefilter._hyperscan is None:
        pytest.skip("no hyperscan wheel on this platform")
    if engine != "hyperscan":
        monkeypatch.setattr(prefilter, "_hyperscan", None)
    if engine == "in":
        monkeypatch.setattr(prefilter, "_ahocorasick", None)
    search = Prefilter([b"claude-"], weak=[b"top_p"])
    assert search.is_candidate(b"reply = client.messages.create(top_p=0.9)\n")
    assert search.is_candidate(b"reply = client.Messages.New(ctx, top_p=0.9)\n")
    assert not search.is_candidate(b"sent = inbox.messages.created(top_p=0.9)\n")
    assert not search.is_candidate(b"sent = inbox.messages.newest(top_p=0.9)\n")


@pytest.mark.parametrize("engine", ["hyperscan", "in"])
def test_present_finds_each_trigger_a_file_holds(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One search gives every trigger a candidate holds, overlapping ones included, as a
    test of each with `in` would."""
    if engine == "hyperscan" and prefilter._hyperscan is None:
        pytest.skip("no hyperscan wheel on this platform")
    if engine != "hyperscan":
        monkeypatch.setattr(prefilter, "_hyperscan", None)
    wanted = [*TRIGGERS, *WEAK]
    finder = prefilter.Present(wanted)
    for data in weak_texts():
        assert finder.found(data) == {t for t in wanted if t in data}, data
