"""Suppression comments in the other languages: `// claude-migrate: ignore[CM101]`,
`# claude-migrate: ignore` (Ruby, PHP), `/* claude-migrate: ignore */`, and
`claude-migrate: skip-file`. An ignore comment covers its own line."""

from __future__ import annotations

import re

from ..authoring.text import split_lines
from ..suppression import ALL, Suppressions

MARKER = b"claude-migrate:"
_IGNORE = re.compile(r"(?://|#|/\*)\s*claude-migrate:\s*ignore(?:\[([A-Za-z0-9,\s]*)\])?")
_SKIP_FILE = re.compile(rb"(?://|#|/\*)\s*claude-migrate:\s*skip-file\b")


def skips_file(data: bytes) -> bool:
    return MARKER in data and _SKIP_FILE.search(data) is not None


def suppressions(text: str) -> Suppressions:
    found: dict[int, frozenset[str]] = {}
    if MARKER.decode() not in text:
        return Suppressions(found)
    for number, line in enumerate(split_lines(text), start=1):
        match = _IGNORE.search(line)
        if match:
            codes = match.group(1)
            found[number] = (
                frozenset(c.strip().upper() for c in codes.split(",") if c.strip())
                if codes
                else ALL
            )
    return Suppressions(found)
