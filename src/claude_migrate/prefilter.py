"""Prefilter stage: a bytes search for the selected codemods' triggers.

Most files of a monorepo stop here, never decoded or parsed. One compiled alternation is
faster than testing each trigger in turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class Prefilter:
    def __init__(self, triggers: Iterable[bytes]) -> None:
        unique = sorted(set(triggers), key=lambda t: (-len(t), t))
        self._pattern = re.compile(b"|".join(re.escape(t) for t in unique)) if unique else None

    def is_candidate(self, data: bytes) -> bool:
        return self._pattern is not None and self._pattern.search(data) is not None
