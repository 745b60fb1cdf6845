"""`[tool.claude-migrate]` in the nearest pyproject.toml above each file.

Keys: target, select, ignore, exclude, extend-exclude, prose, unsafe, refusal-template,
bedrock-profile. Command-line options win over config. An unknown key or a value of the
wrong type is an error that names the file and the key.

A pyproject.toml that cannot be read, is not valid TOML or holds a bad table does not stop
the run: it governs its folder's subtree like any other, carrying its error, and only the
files it governs are left unmigrated (see runner.prepare).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .discover import gitignore_spec

SECTION = "claude-migrate"

if TYPE_CHECKING:
    import pathspec

_TYPES: dict[str, type] = {
    "target": str,
    "select": list,
    "ignore": list,
    "exclude": list,
    "extend-exclude": list,
    "prose": bool,
    "unsafe": bool,
    "refusal-template": str,
    "bedrock-profile": str,
    "sdk": int,
}


class ConfigError(Exception):
    def __init__(self, path: str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.cause = cause


@dataclass(frozen=True)
class Config:
    """Settings from one pyproject.toml (or none: `source` is None)."""

    source: str | None = None
    target: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] | None = None  # replaces the default folder excludes
    extend_exclude: tuple[str, ...] = ()
    prose: bool | None = None
    unsafe: bool | None = None
    refusal_template: str | None = None
    bedrock_profile: str | None = None
    sdk: int | None = None
    error: str | None = None  # why this file's settings cannot be used: its files fail
    _spec: pathspec.GitIgnoreSpec | None = field(default=None, compare=False, repr=False)

    @property
    def root(self) -> str | None:
        return os.path.dirname(self.source) if self.source else None

    def excludes(self, path: str) -> bool:
        """Does this config's exclude or extend-exclude cover `path` (a real path)?"""
        if self._spec is None or self.root is None:
            return False
        relative = os.path.relpath(path, self.root)
        return not relative.startswith("..") and self._spec.match_file(relative)


def load(path: str) -> Config | None:
    """The config in `path`, or None when it has no [tool.claude-migrate] table."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(path, f"cannot read: {exc.strerror}") from exc
    table = data.get("tool", {}).get(SECTION)
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(path, f"[tool.{SECTION}] must be a table")
    values: dict[str, Any] = {}
    for key, value in table.items():
        expected = _TYPES.get(key)
        if expected is None:
            known = ", ".join(sorted(_TYPES))
            raise ConfigError(path, f"unknown key {key!r} in [tool.{SECTION}] (known: {known})")
        if not _valid(value, expected):
            kind = "a list of strings" if expected is list else f"a {expected.__name__}"
            raise ConfigError(path, f"[tool.{SECTION}] {key} must be {kind}")
        values[key.replace("-", "_")] = tuple(value) if expected is list else value
    patterns = [*values.get("exclude", ()), *values.get("extend_exclude", ())]
    spec = gitignore_spec(patterns) if patterns else None
    return Config(source=os.path.abspath(path), _spec=spec, **values)


def _valid(value: Any, expected: type) -> bool:
    if expected is list:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, expected)


class ConfigFinder:
    """Finds, and remembers per folder, the config that governs a path."""

    def __init__(self) -> None:
        self._by_folder: dict[str, Config] = {}

    def for_path(self, path: str) -> Config:
        folder = path if os.path.isdir(path) else os.path.dirname(path)
        return self._for_folder(os.path.abspath(folder))

    def for_file(self, real_path: str) -> Config:
        """for_path for a discovered file (an absolute, resolved path to a file): no stat."""
        return self._for_folder(real_path.rpartition(os.sep)[0] or os.sep)

    def _for_folder(self, folder: str) -> Config:
        cached = self._by_folder.get(folder)
        if cached is not None:
            return cached
        candidate = os.path.join(folder, "pyproject.toml")
        found = _load_or_error(candidate) if os.path.isfile(candidate) else None
        if found is None:
            parent = os.path.dirname(folder)
            found = Config() if parent == folder else self._for_folder(parent)
        self._by_folder[folder] = found
        return found


def _load_or_error(path: str) -> Config | None:
    """load(), with a broken file as a config that carries its error."""
    try:
        return load(path)
    except ConfigError as exc:
        return Config(source=os.path.abspath(path), error=exc.cause)
