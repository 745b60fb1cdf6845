"""Shared by the 5 set's tool codemods: the data in tools.toml."""

from __future__ import annotations

from typing import Any

from claude_migrate.authoring import load_toml

DATA: dict[str, Any] = load_toml(__package__, "tools.toml")
COMPUTER: dict[str, Any] = DATA["computer"]
CODE_EXECUTION: dict[str, Any] = DATA["code_execution"]
WEB_FETCH: dict[str, Any] = DATA["web_fetch"]
PROGRAMMATIC_CALLERS: dict[str, Any] = DATA["programmatic_callers"]
