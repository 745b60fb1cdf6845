"""`[tool.claude-migrate]` in the nearest pyproject.toml above each file (or the one file
given with --config).

The keys, their types and their checks are the options of `settings.TABLE` that have a key.
Command-line options win over config. An unknown key, a value of the wrong type or a table
spelt another way (`[tool.claude_migrate]`) is an error that names the file and the key.

A pyproject.toml that cannot be read, is not valid TOML or holds a bad table does not stop
the run: it governs its folder's subtree like any other, carrying its error, and only the
files it governs are left unmigrated (see runner.prepare).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from . import settings
from .discover import gitignore_spec
from .settings import Values

SECTION = "claude-migrate"

if TYPE_CHECKING:
    import pathspec


class ConfigError(Exception):
    def __init__(self, path: str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.cause = cause


@dataclass(frozen=True)
class Config:
    """Settings from one pyproject.toml (or none: `source` is None)."""

    source: str | None = None
    values: Values = field(default_factory=Values)
    error: str | None = None  # why this file's settings cannot be used: its files fail
    _exclude: pathspec.GitIgnoreSpec | None = field(default=None, compare=False, repr=False)
    _extend: pathspec.GitIgnoreSpec | None = field(default=None, compare=False, repr=False)

    @property
    def root(self) -> str | None:
        return os.path.dirname(self.source) if self.source else None

    @property
    def exclude(self) -> tuple[str, ...] | None:
        """The `exclude` key: when set, it replaces the default folder excludes."""
        return self.values[settings.EXCLUDE]

    def excludes(self, path: str, own_exclude: bool = True) -> bool:
        """Does this config's exclude (unless `own_exclude` is off: --exclude replaces it) or
        extend-exclude cover `path` (a real path)?"""
        if self.root is None:
            return False
        specs = [s for s in (self._exclude if own_exclude else None, self._extend) if s]
        if not specs:
            return False
        relative = os.path.relpath(path, self.root)
        return not relative.startswith("..") and any(s.match_file(relative) for s in specs)


def load(path: str, required: bool = False) -> Config | None:
    """The config in `path`, or None when it has no [tool.claude-migrate] table (an error
    when `required`: a file named with --config)."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(path, f"cannot read: {exc.strerror}") from exc
    tool = data.get("tool", {})
    table = tool.get(SECTION) if isinstance(tool, dict) else None
    if table is None:
        _check_spelling(path, tool)
        if required:
            raise ConfigError(path, f"no [tool.{SECTION}] table")
        return None
    if not isinstance(table, dict):
        raise ConfigError(path, f"[tool.{SECTION}] must be a table")
    try:
        values = settings.from_table(table, SECTION)
    except settings.TableError as exc:
        raise ConfigError(path, str(exc)) from exc
    exclude, extend = values[settings.EXCLUDE], values[settings.EXTEND_EXCLUDE]
    return Config(
        source=os.path.abspath(path),
        values=values,
        _exclude=gitignore_spec(list(exclude)) if exclude else None,
        _extend=gitignore_spec(list(extend)) if extend else None,
    )


def _check_spelling(path: str, tool: object) -> None:
    """A table that is ours spelt another way would be ignored without a word."""
    if not isinstance(tool, dict):
        return
    for name in tool:
        if name != SECTION and name.lower().replace("_", "-") == SECTION:
            raise ConfigError(path, f"[tool.{name}] is not read; the table is [tool.{SECTION}]")


class ConfigFinder:
    """Finds, and remembers per folder, the config that governs a path; `fixed` (from
    --config) governs every path."""

    def __init__(self, fixed: Config | None = None) -> None:
        self._by_folder: dict[str, Config] = {}
        self._fixed = fixed

    def for_path(self, path: str) -> Config:
        folder = path if os.path.isdir(path) else os.path.dirname(path)
        return self._for_folder(os.path.abspath(folder))

    def for_file(self, real_path: str) -> Config:
        """for_path for a discovered file (an absolute, resolved path to a file): no stat."""
        return self._for_folder(real_path.rpartition(os.sep)[0] or os.sep)

    def _for_folder(self, folder: str) -> Config:
        if self._fixed is not None:
            return self._fixed
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
