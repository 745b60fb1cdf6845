"""The prefilter's engines agree, whichever the platform has."""

from __future__ import annotations

import random

import pytest

from claude_migrate import prefilter
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
