"""Whether a project defines the Anthropic text editor, or an editor tool of its own.

Its own: a tool named str_replace_editor with a schema in the project's code or data (in
Anthropic's format or OpenAI/LiteLLM's function format, built in code or loaded from YAML),
or any schema that offers undo_edit as a command. Such an editor keeps its name and its
undo_edit; the text editor Anthropic defines has no schema in user code.

A bytes search, run over every candidate file in the scan pass before anything is parsed
(Codemod.facts_function), so it lives apart from the codemods and does not import LibCST.
"""

from __future__ import annotations

import re
from typing import Any

FACT_ANTHROPIC_EDITOR = "anthropic_text_editor"
FACT_CLIENT_EDITOR = "client_str_replace_editor"

_ANTHROPIC_EDITOR = re.compile(rb"text_editor_20\d{6}")
# A tool of the project's own, which Anthropic's editor never is (its schema is built in):
# `name: "str_replace_editor"` (name=..., or YAML's unquoted `name: str_replace_editor`)
# followed, within the same tool, by a schema of its own: an input_schema (Anthropic's
# format), parameters (OpenAI's and LiteLLM's function format), wherever and however the
# schema itself is built or loaded.
_CLIENT_EDITOR = re.compile(
    rb"""(?:["']?name["']?\s*:|\bname\s*=)\s*["']?str_replace_editor\b["']?"""
    rb"""(?:(?!text_editor_|["']name["']|\bname\s*[=:])[\s\S]){0,1500}?"""
    rb"""\b(?:input_schema|parameters)\b"""
)
# A schema that offers undo_edit as a command (`"enum": [..., "undo_edit"]`): Anthropic's
# editor has no schema in the user's code, so this editor is the project's own.
_OWN_UNDO_SCHEMA = re.compile(rb"""\benum["']?\s*[:=]\s*[\[(][^\])]{0,300}?undo_edit""")


def editor_facts(data: bytes) -> dict[str, bool]:
    if (
        b"str_replace_editor" not in data
        and b"text_editor_" not in data
        and b"undo_edit" not in data
    ):
        return {}
    return {
        FACT_ANTHROPIC_EDITOR: _ANTHROPIC_EDITOR.search(data) is not None,
        FACT_CLIENT_EDITOR: defines_own_editor(data),
    }


def defines_own_editor(data: bytes) -> bool:
    """The text defines an editor tool of its own (see _CLIENT_EDITOR, _OWN_UNDO_SCHEMA)."""
    return _CLIENT_EDITOR.search(data) is not None or _OWN_UNDO_SCHEMA.search(data) is not None


def project_state(facts: dict[str, bool] | Any) -> str:
    """ "tied", "ambiguous" (both kinds of tool in the project) or "untied"."""
    anthropic = bool(facts.get(FACT_ANTHROPIC_EDITOR))
    client = bool(facts.get(FACT_CLIENT_EDITOR))
    if anthropic and client:
        return "ambiguous"
    return "tied" if anthropic else "untied"
