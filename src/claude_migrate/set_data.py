"""Reading a codemod set's TOML data files (models.toml, tools.toml, requests.toml)."""

from __future__ import annotations

import sys
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def load_toml(package: str, filename: str) -> dict[str, Any]:
    """The parsed `filename` shipped beside the codemods of `package`."""
    text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    return tomllib.loads(text)
