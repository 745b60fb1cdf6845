"""When a file is a candidate for a codemod: strong triggers, and weak ones beside a marker.

A codemod's `triggers` are strong: each alone makes a file a candidate (`claude-`,
`text_editor_20`, a dated beta header). Its `weak_triggers` are words that also occur in
prose, in identifiers and in other providers' code (`temperature`, `top_p`, `max_tokens`,
`thinking`, `assistant`, `tool_use`, `http_client`): one counts only in a file that also
holds an Anthropic marker (MARKER), and a weak trigger that is a plain identifier counts
only in the forms a request, a response or a settings object writes it in (FORMS):

    top_p=0.9   top_p = 0.9   top_p: 0.9   "top_p"   'top_p'   `top_p`   .top_p(0.9)   :top_p

never as part of a longer name (`top_part`) and never in a sentence ("keep thinking about
it"). A weak trigger that is not a plain identifier (`completions.create`, `.thinking`,
`"advisor_`, `MessageParam(`) is its own form: it counts wherever it occurs beside a marker.

This is a rule of correctness as much as of speed: code that never talks to Anthropic is
never a candidate for request rules, so an OpenAI request's `top_p` is never touched.

The fast prefilter (prefilter.py) searches every file for strong and weak triggers alike,
as plain bytes; only a file it flags for a weak trigger alone pays for the regular
expressions here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Protocol

# An Anthropic marker, in any case: the SDKs and their packages (`anthropic`, `Anthropic(`,
# `AnthropicBedrock`, `@anthropic-ai/sdk`, `anthropic-sdk-go`, `langchain_anthropic`,
# `ANTHROPIC_API_KEY`), model IDs in every form (`claude-`, Bedrock's `anthropic.claude-`,
# Vertex's `claude-...@date`, SDK constants `Model.CLAUDE_...`, `ModelClaude...`), the
# Messages API's calls in the SDKs' spellings (`messages.create`, `.stream`, `.parse`,
# `.count_tokens`/`.countTokens`, Go's `Messages.New`, Java's `messages().create`) and the
# field only its responses carry, `stop_reason` (`stopReason`, `StopReason...`).
MARKER_WORDS = rb"anthropic|claude|stop_?reason"
MARKER_CALLS = rb"messages(?:\(\))?\.(?:create|stream|parse|count_?tokens|new)"
MARKER = re.compile(MARKER_WORDS + b"|" + MARKER_CALLS + rb"\b", re.IGNORECASE)
_IDENTIFIER = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")
# Keyword, assignment, key or annotation (`=` but not `==`, `:` but not `::`); quoted alone;
# a builder's or setter's call (`.temperature(0.5)` in Java); a Ruby symbol (`:end_turn`).
# `{w}` is the words' group.
FORMS = (
    rb"(?<![\w$]){w}\s*(?:=(?!=)|:(?!:))",
    rb"[\"'`]{w}[\"'`]",
    rb"\.{w}\s*\(",
    rb"(?<![\w:]):{w}(?!\w)",
)
# Changes whenever the rule above does: part of the seen index's key.
RULE = b"\0".join((MARKER.pattern, *FORMS))


class Declares(Protocol):
    """A codemod as the registry lists it or as its class: what it triggers on."""

    @property
    def triggers(self) -> tuple[bytes, ...]: ...

    @property
    def weak_triggers(self) -> tuple[bytes, ...]: ...


def is_word(trigger: bytes) -> bool:
    """A weak trigger that is a plain identifier counts only in FORMS."""
    return _IDENTIFIER.fullmatch(trigger) is not None


def holds_marker(data: bytes) -> bool:
    return MARKER.search(data) is not None


@functools.cache
def _forms(words: tuple[bytes, ...]) -> re.Pattern[bytes]:
    group = b"(" + b"|".join(re.escape(w) for w in words) + b")"
    return re.compile(b"|".join(f.replace(b"{w}", group) for f in FORMS))


def words_in_form(data: bytes, words: Sequence[bytes]) -> frozenset[bytes]:
    """The `words` that occur in `data` in one of their FORMS."""
    present = tuple(sorted(w for w in set(words) if w in data))
    if not present:
        return frozenset()
    found = set()
    pattern = _forms(present)
    for match in pattern.finditer(data):
        found.add(match.group(match.lastindex or 0))  # one group a form: the word itself
        if len(found) == len(present):
            break
    return frozenset(found)


class Hits:
    """What one file holds of a selection's triggers, each search done once and only when a
    codemod asks."""

    def __init__(self, data: bytes, weak_words: Iterable[bytes]) -> None:
        self.data = data
        self._weak_words = tuple(weak_words)
        self._marker: bool | None = None
        self._words: frozenset[bytes] | None = None

    @property
    def marker(self) -> bool:
        if self._marker is None:
            self._marker = holds_marker(self.data)
        return self._marker

    def word(self, word: bytes) -> bool:
        if self._words is None:
            self._words = words_in_form(self.data, self._weak_words)
        return word in self._words

    def weak(self, trigger: bytes) -> bool:
        if trigger not in self.data or not self.marker:
            return False
        return self.word(trigger) if is_word(trigger) else True

    def wants(self, codemod: Declares) -> bool:
        """Is the file a candidate for `codemod`?"""
        data = self.data
        if any(t in data for t in codemod.triggers):
            return True
        return any(self.weak(t) for t in codemod.weak_triggers)


def hits(data: bytes, codemods: Iterable[Declares]) -> Hits:
    return Hits(data, (w for c in codemods for w in c.weak_triggers if is_word(w)))


def select(data: bytes, codemods: Sequence[Declares]) -> list[int]:
    """The positions in `codemods` of those `data` is a candidate for."""
    found = hits(data, codemods)
    return [i for i, c in enumerate(codemods) if found.wants(c)]


def all_words(codemods: Iterable[Declares]) -> tuple[bytes, ...]:
    """Every trigger of `codemods`, strong and weak, as the words that mark a statement as
    one a codemod looks at (narrowing, notebook cells)."""
    return tuple(dict.fromkeys(t for c in codemods for t in (*c.triggers, *c.weak_triggers)))
