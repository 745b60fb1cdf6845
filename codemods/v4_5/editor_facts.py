"""Whether a project defines the Anthropic text editor, or a tool of its own by that name.

A bytes search, run over every candidate file in the scan pass before anything is parsed
(Codemod.facts_function), so it lives apart from the codemods and does not import LibCST.
"""

from __future__ import annotations

import re
from typing import Any

FACT_ANTHROPIC_EDITOR = "anthropic_text_editor"
FACT_CLIENT_EDITOR = "client_str_replace_editor"

_ANTHROPIC_EDITOR = re.compile(rb"text_editor_20\d{6}")
# `name: "str_replace_editor"` (or name=...) followed, within the same tool, by input_schema.
_CLIENT_EDITOR = re.compile(
    rb"""(?:["']name["']\s*:|\bname\s*=)\s*["']str_replace_editor["']"""
    rb"""(?:(?!text_editor_|["']name["']|\bname\s*=)[\s\S]){0,1500}?input_schema"""
)


def editor_facts(data: bytes) -> dict[str, bool]:
    if b"str_replace_editor" not in data and b"text_editor_" not in data:
        return {}
    return {
        FACT_ANTHROPIC_EDITOR: _ANTHROPIC_EDITOR.search(data) is not None,
        FACT_CLIENT_EDITOR: _CLIENT_EDITOR.search(data) is not None,
    }


def project_state(facts: dict[str, bool] | Any) -> str:
    """ "tied", "ambiguous" (both kinds of tool in the project) or "untied"."""
    anthropic = bool(facts.get(FACT_ANTHROPIC_EDITOR))
    client = bool(facts.get(FACT_CLIENT_EDITOR))
    if anthropic and client:
        return "ambiguous"
    return "tied" if anthropic else "untied"
