"""Which major version of the anthropic SDK a project pins, read from its requirement files.

The 5 set's rewrites depend on it (SDK 1.0 removed the sampling keyword arguments, 2.0 changed
the default API version). Looked for from the project's folder upwards: pyproject.toml,
requirements*.txt and setup.cfg. Only a pin that names a major version counts (==, ~=, >=,
===); anything else leaves the SDK unknown, and the codemods then report instead of guess.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_PIN = re.compile(
    r"""(?<![\w.-])anthropic(?:\[[^\]]*\])?\s*(?:===?|~=|>=)\s*v?(\d+)(?:[.\d]*)""", re.IGNORECASE
)
_FILES = ("pyproject.toml", "setup.cfg", "requirements.txt", "requirements.in")


def detect(start: str) -> int | None:
    folder = Path(
        start if os.path.isdir(start) else os.path.dirname(os.path.abspath(start))
    ).resolve()
    for current in (folder, *folder.parents):
        names = [*_FILES, *sorted(p.name for p in current.glob("requirements*.txt"))]
        for name in dict.fromkeys(names):
            path = current / name
            if path.is_file():
                match = _PIN.search(path.read_text(encoding="utf-8", errors="replace"))
                if match:
                    return int(match.group(1))
        if (current / ".git").exists():
            break  # the top of the project
    return None
