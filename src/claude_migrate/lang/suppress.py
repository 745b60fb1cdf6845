"""Suppression comments in the other languages: `// claude-migrate: ignore[CM101]`,
`# claude-migrate: ignore` (Ruby, PHP), `/* claude-migrate: ignore */`, and
`claude-migrate: skip-file`. An ignore comment covers its own line."""

from __future__ import annotations

import re

from ..suppression import Suppressions, comment_lines

MARKER = b"claude-migrate:"
_IGNORE = re.compile(r"(?://|#|/\*)\s*claude-migrate:\s*ignore(?:\[([A-Za-z0-9,\s]*)\])?")
_SKIP_FILE = re.compile(rb"(?://|#|/\*)\s*claude-migrate:\s*skip-file\b")


def skips_file(data: bytes) -> bool:
    return MARKER in data and _SKIP_FILE.search(data) is not None


def suppressions(text: str) -> Suppressions:
    if MARKER.decode() not in text:
        return Suppressions({})
    return Suppressions(comment_lines(text, _IGNORE))
