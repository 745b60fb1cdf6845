"""Prefilter stage: a bytes search for the selected codemods' triggers (see triggers.py).

Most files of a monorepo stop here, never decoded or parsed, so this is the inner loop of a
run. Several dozen triggers are searched at once. Measured over 256 MB on this project's
benchmark machine: Hyperscan (the `hyperscan` package, SIMD literal matching) 0.10 s,
Aho-Corasick (`ahocorasick-rs`) 0.60 s, one `re` alternation several seconds. Hyperscan has
wheels for x86-64 and macOS; elsewhere Aho-Corasick is used, and a loop of `in` tests where
neither can be installed.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from typing import Any

from .triggers import MARKER_CALLS, MARKER_WORDS, holds_marker, is_word, words_in_form


def _optional(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - platforms without a wheel
        return None


_hyperscan = _optional("hyperscan")
_ahocorasick = _optional("ahocorasick_rs")


def _shortest(triggers: Iterable[bytes], also: Iterable[bytes] = ()) -> list[bytes]:
    """A trigger that contains a shorter one adds nothing: the shorter one already matches."""
    unique = sorted(set(triggers), key=len)
    covered = [*also, *unique]
    return [t for t in unique if not any(s in t and s != t for s in covered)]


class Prefilter:
    """Is a file a candidate: one of the strong triggers in its bytes, or one of the weak ones
    and then the precise test of `triggers.py` (an Anthropic marker, the word's forms)."""

    def __init__(self, triggers: Iterable[bytes], weak: Iterable[bytes] = ()) -> None:
        self._triggers = _shortest(triggers)
        weak = tuple(dict.fromkeys(weak))
        self._words = tuple(w for w in weak if is_word(w))
        self._phrases = tuple(w for w in weak if not is_word(w))
        # For the fast search, a weak trigger is only a substring: `.thinking` adds nothing to
        # `thinking`, nor anything a strong trigger already finds.
        self._weak = _shortest(weak, also=self._triggers)
        self._search: Callable[[bytes], int] = self._fastest()

    @property
    def engine(self) -> str:
        return str(self._search.__name__).removeprefix("_with_")

    def is_candidate(self, data: bytes) -> bool:
        found = self._search(data)
        if found == STRONG:
            return True
        if not found & WEAK:
            return False
        if self._marker_searched:  # the fast search looked for the marker too
            if found & MARKED:
                return self._in_form(data)
            return bool(found & CALL) and holds_marker(data) and self._in_form(data)
        return holds_marker(data) and self._in_form(data)

    def _in_form(self, data: bytes) -> bool:
        return any(p in data for p in self._phrases) or bool(words_in_form(data, self._words))

    def _fastest(self) -> Callable[[bytes], int]:
        patterns = [*self._triggers, *self._weak]
        self._marker_searched = False
        if not patterns:
            return self._with_nothing
        if _hyperscan is not None:
            expressions = [re.escape(t.decode("latin-1")).encode("latin-1") for t in patterns]
            flags = [_hyperscan.HS_FLAG_SINGLEMATCH] * len(patterns)
            if self._weak:
                # The marker in the same pass: a file with weak words alone (common words in
                # any code) is then never searched again by Python's slower regex engine.
                # Its calls go in without their final `\b`: a word boundary makes Hyperscan
                # compile for a tenth of a second in every process (6 ms without), so a file
                # whose only marker is such a call is confirmed by MARKER (rare: they sit
                # beside an `anthropic` import almost always).
                expressions += [MARKER_WORDS, MARKER_CALLS]
                flags += [_hyperscan.HS_FLAG_SINGLEMATCH | _hyperscan.HS_FLAG_CASELESS] * 2
                self._marker_searched = True
            self._database = _hyperscan.Database(mode=_hyperscan.HS_MODE_BLOCK)
            self._database.compile(
                expressions=expressions,
                ids=list(range(len(expressions))),
                elements=len(expressions),
                flags=flags,
            )
            self._scratch = _hyperscan.Scratch(self._database)
            return self._with_hyperscan
        if _ahocorasick is not None:
            self._automaton = _ahocorasick.BytesAhoCorasick(patterns)
            return self._with_ahocorasick
        return self._with_in

    def _with_nothing(self, data: bytes) -> int:
        return NONE

    def _with_hyperscan(self, data: bytes) -> int:
        # context: [what was found, how many of the ids are strong, the marker words' id]
        context = [NONE, len(self._triggers), len(self._triggers) + len(self._weak)]
        try:  # a strong match stops the scan; a weak one is noted and the scan goes on
            self._database.scan(
                data, match_event_handler=_on_match, scratch=self._scratch, context=context
            )
        except _hyperscan.ScanTerminated:
            return STRONG
        return context[0]

    def _with_ahocorasick(self, data: bytes) -> int:
        strong = len(self._triggers)
        found = NONE
        for index, _, _ in self._automaton.find_matches_as_indexes(data, overlapping=True):
            if index < strong:
                return STRONG
            found = WEAK
        return found

    def _with_in(self, data: bytes) -> int:
        if any(trigger in data for trigger in self._triggers):
            return STRONG
        return WEAK if any(trigger in data for trigger in self._weak) else NONE


# What the fast search found: bits, except STRONG, which settles it. CALL: a marker call
# without its final word boundary, to be confirmed.
NONE, WEAK, MARKED, STRONG, CALL = 0, 1, 2, 4, 8


def _on_match(index: int, start: int, end: int, flags: int, context: list[int]) -> bool:
    if index < context[1]:
        return True  # stop: a candidate
    marker = context[2]
    context[0] |= WEAK if index < marker else MARKED if index == marker else CALL
    return False


class Present:
    """Which of a selection's literal triggers, strong and weak, a candidate's bytes hold:
    one Hyperscan pass for all of them, where testing each codemod's triggers with `in` in
    turn was a tenth of the work on a 13 KB candidate (a loop of `in` tests, once per
    distinct trigger, where Hyperscan has no wheel)."""

    def __init__(self, triggers: Iterable[bytes]) -> None:
        self._triggers = tuple(dict.fromkeys(triggers))
        self._database: Any = None
        if _hyperscan is not None and self._triggers:
            expressions = [re.escape(t.decode("latin-1")).encode("latin-1") for t in self._triggers]
            self._database = _hyperscan.Database(mode=_hyperscan.HS_MODE_BLOCK)
            self._database.compile(
                expressions=expressions,
                ids=list(range(len(expressions))),
                elements=len(expressions),
                flags=[_hyperscan.HS_FLAG_SINGLEMATCH] * len(expressions),
            )
            self._scratch = _hyperscan.Scratch(self._database)

    def found(self, data: bytes) -> frozenset[bytes]:
        if self._database is None:
            return frozenset(t for t in self._triggers if t in data)
        ids: list[int] = []
        self._database.scan(data, match_event_handler=_note_id, scratch=self._scratch, context=ids)
        return frozenset(self._triggers[i] for i in ids)


def _note_id(index: int, start: int, end: int, flags: int, ids: list[int]) -> bool:
    ids.append(index)
    return False


_PRESENT: dict[tuple[bytes, ...], Present] = {}


def present(data: bytes, triggers: Iterable[bytes]) -> frozenset[bytes]:
    """The `triggers` `data` holds; the search for a set of triggers is built once a process."""
    key = tuple(sorted(set(triggers)))
    finder = _PRESENT.get(key)
    if finder is None:
        finder = _PRESENT[key] = Present(key)
    return finder.found(data)
