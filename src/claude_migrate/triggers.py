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

import re
from collections.abc import Collection, Iterable, Sequence
from functools import cache
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
# The rule as regular expressions, `{w}` the word: `words_in_form` applies it byte by byte
# around each occurrence, and a test holds the two together.
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


@cache  # asked about each weak trigger of a selection for every candidate file
def is_word(trigger: bytes) -> bool:
    """A weak trigger that is a plain identifier counts only in FORMS."""
    return _IDENTIFIER.fullmatch(trigger) is not None


def holds_marker(data: bytes) -> bool:
    """MARKER.search, a few times faster: its words as substrings of the lowered bytes (the
    case-insensitive regular expression was most of the cost of a candidate's selection),
    then its calls, with their word boundary, in the same lowered bytes."""
    low = data.lower()
    return any(word in low for word in _MARKER_LITERALS) or _CALLS.search(low) is not None


_MARKER_LITERALS = (b"anthropic", b"claude", b"stop_reason", b"stopreason")  # MARKER_WORDS
_CALLS = re.compile(MARKER_CALLS + rb"\b")


_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_SPACE_BYTES = b" \t\n\r\f\v"
_QUOTES = frozenset(b"\"'`")
_SYMBOL_BEFORE = _WORD_BYTES | {0x3A}


def words_in_form(data: bytes, words: Sequence[bytes]) -> frozenset[bytes]:
    """The `words` that occur in `data` in one of their FORMS: each occurrence of a word
    (found with bytes.find) is tested against the forms around it, byte by byte, which
    takes a tenth of what one regular expression of every form over the whole file did.
    (tests/test_triggers.py holds the two together.)"""
    found = set()
    for word in set(words):
        at = data.find(word)
        while at != -1:
            if _in_form_at(data, at, at + len(word)):
                found.add(word)
                break
            at = data.find(word, at + 1)
    return frozenset(found)


def _in_form_at(data: bytes, start: int, end: int) -> bool:
    before = data[start - 1] if start else -1
    after = data[end] if end < len(data) else -1
    if before in _QUOTES and after in _QUOTES:  # "top_p"
        return True
    if (  # :top_p, a Ruby symbol, unless a longer name goes on or it is `::top_p`
        before == 0x3A
        and after not in _WORD_BYTES
        and (start < 2 or data[start - 2] not in _SYMBOL_BEFORE)
    ):
        return True
    rest = end
    while rest < len(data) and data[rest] in _SPACE_BYTES:
        rest += 1
    next_byte = data[rest] if rest < len(data) else -1
    if before == 0x2E and next_byte == 0x28:  # .top_p(
        return True
    if before in _WORD_BYTES or before == 0x24:  # part of a longer name
        return False
    following = data[rest + 1] if rest + 1 < len(data) else -1
    if next_byte == 0x3D:  # top_p = 0.9, not top_p == x
        return following != 0x3D
    if next_byte == 0x3A:  # top_p: 0.9, not top_p::x
        return following != 0x3A
    return False


class Hits:
    """What one file holds of a selection's triggers, each search done once and only when a
    codemod asks."""

    def __init__(
        self,
        data: bytes,
        weak_words: Iterable[bytes],
        present: Collection[bytes] | None = None,
    ) -> None:
        self.data = data
        # The triggers found in `data` by one search, when the caller has made it; else
        # each is looked for in `data` as asked.
        self._in_data: bytes | Collection[bytes] = data if present is None else present
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
            # Only the words the file holds are looked for in their forms: a Claude file
            # holds a few of the selection's dozens, and each absent word cost a scan of the
            # whole text. (`weak` asks only about words the file holds.)
            held = self._in_data
            present = [w for w in self._weak_words if w in held]
            self._words = words_in_form(self.data, present)
        return word in self._words

    def weak(self, trigger: bytes) -> bool:
        if trigger not in self._in_data or not self.marker:
            return False
        return self.word(trigger) if is_word(trigger) else True

    def wants(self, codemod: Declares) -> bool:
        """Is the file a candidate for `codemod`?"""
        held = self._in_data
        # A loop and map() rather than any() over generators: asked for each codemod of the
        # selection about each candidate file, and the generators were most of its cost.
        for trigger in codemod.triggers:
            if trigger in held:
                return True
        return any(map(self.weak, codemod.weak_triggers))


def hits(
    data: bytes, codemods: Iterable[Declares], present: Collection[bytes] | None = None
) -> Hits:
    return Hits(data, (w for c in codemods for w in c.weak_triggers if is_word(w)), present)


def select(
    data: bytes, codemods: Sequence[Declares], present: Collection[bytes] | None = None
) -> list[int]:
    """The positions in `codemods` of those `data` is a candidate for. `present`: which of
    the codemods' triggers `data` holds, when one search has found them already."""
    found = hits(data, codemods, present)
    return [i for i, c in enumerate(codemods) if found.wants(c)]


def all_words(codemods: Iterable[Declares]) -> tuple[bytes, ...]:
    """Every trigger of `codemods`, strong and weak, as the words that mark a statement as
    one a codemod looks at (narrowing, notebook cells)."""
    return tuple(dict.fromkeys(t for c in codemods for t in (*c.triggers, *c.weak_triggers)))
