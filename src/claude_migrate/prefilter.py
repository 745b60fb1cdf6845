"""Prefilter stage: a bytes search for the selected codemods' triggers.

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


def _optional(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - platforms without a wheel
        return None


_hyperscan = _optional("hyperscan")
_ahocorasick = _optional("ahocorasick_rs")


class Prefilter:
    def __init__(self, triggers: Iterable[bytes]) -> None:
        # A trigger that contains a shorter one adds nothing: the shorter one already matches.
        unique = sorted(set(triggers), key=len)
        self._triggers = [t for i, t in enumerate(unique) if not any(s in t for s in unique[:i])]
        self._search: Callable[[bytes], bool] = self._fastest()

    @property
    def engine(self) -> str:
        return str(self._search.__name__).removeprefix("_with_")

    def is_candidate(self, data: bytes) -> bool:
        return self._search(data)

    def _fastest(self) -> Callable[[bytes], bool]:
        if not self._triggers:
            return self._with_nothing
        if _hyperscan is not None:
            self._database = _hyperscan.Database(mode=_hyperscan.HS_MODE_BLOCK)
            self._database.compile(
                expressions=[
                    re.escape(t.decode("latin-1")).encode("latin-1") for t in self._triggers
                ],
                ids=list(range(len(self._triggers))),
                elements=len(self._triggers),
                flags=[_hyperscan.HS_FLAG_SINGLEMATCH] * len(self._triggers),
            )
            self._scratch = _hyperscan.Scratch(self._database)
            return self._with_hyperscan
        if _ahocorasick is not None:
            self._automaton = _ahocorasick.BytesAhoCorasick(self._triggers)
            return self._with_ahocorasick
        return self._with_in

    def _with_nothing(self, data: bytes) -> bool:
        return False

    def _with_hyperscan(self, data: bytes) -> bool:
        try:  # the first match stops the scan
            self._database.scan(data, match_event_handler=_stop, scratch=self._scratch)
        except _hyperscan.ScanTerminated:
            return True
        return False

    def _with_ahocorasick(self, data: bytes) -> bool:
        return bool(self._automaton.find_matches_as_indexes(data, overlapping=False)[:1])

    def _with_in(self, data: bytes) -> bool:
        return any(trigger in data for trigger in self._triggers)


def _stop(*_: object) -> bool:
    return True
