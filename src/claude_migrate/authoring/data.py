"""Reading a codemod set's TOML data files (models.toml, tools.toml, requests.toml)."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def load_toml(package: str, filename: str) -> dict[str, Any]:
    """The parsed `filename` shipped beside the codemods of `package`. A plain file path, not
    importlib.resources (12 ms to import): the sets are found as folders anyway (registry)."""
    folder = os.path.dirname(importlib.import_module(package).__file__ or "")
    with open(os.path.join(folder, filename), encoding="utf-8") as handle:
        return tomllib.loads(handle.read())
