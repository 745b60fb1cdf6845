"""Shared by the 5.5 set's request codemods: which 5.5 model a request goes to, and the
request rules of requests.toml. Which calls and dicts are requests: cst_calls.request_values.

A request counts as a 5.5 request only when its model is one of the 5.5 target IDs (in any
platform's form): an older ID that no codemod moved still goes to the older model, so its
parameters are the earlier sets' business.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import libcst as cst

from claude_migrate.authoring import (
    Family,
    RequestModels,
    literal_text,
    load_toml,
    mapping_values,
    tables,
)

MODELS = tables.load(__package__)
DATA: dict[str, Any] = load_toml(__package__, "requests.toml")
OPUS, SONNET, HAIKU = "opus", "sonnet", "haiku"
UNSEEN = "unseen"  # the request's model is not a literal or a module constant
NAMES = {key: family.name for key, family in MODELS.families.items()}
LOW_EFFORTS = frozenset(DATA["thinking"]["low_efforts"])


def _forms(family: Family) -> tuple[str, ...]:
    return tuple(dict.fromkeys((family.dated, family.alias, family.bedrock, family.vertex)))


_FORMS = {key: _forms(family) for key, family in MODELS.families.items()}


def family_of(values: Mapping[str, cst.BaseExpression], requests: RequestModels) -> str | None:
    """OPUS, SONNET or HAIKU for a request to a 5.5 model, UNSEEN when the model cannot be
    seen, None for a request to any other model."""
    model = values.get("model")
    text = literal_text(model) if model is not None else None
    if text is None and isinstance(model, cst.Name):
        text = requests.constants.get(model.value)
    if text is None:
        return UNSEEN
    return family_of_id(text)


def family_of_id(text: str) -> str | None:
    """The 5.5 family of a model ID written in any platform's form (a gateway prefix such as
    `bedrock/`, a cross-region profile, Vertex's `@default`); None for any other ID."""
    text = text.removesuffix("@default")
    for key, forms in _FORMS.items():
        if any(text == f or text.endswith((f"/{f}", f".{f}")) for f in forms):
            return key
    return None


def code(node: cst.CSTNode) -> str:
    return cst.Module([]).code_for_node(node)


def settings(values: Mapping[str, cst.BaseExpression], key: str) -> dict[str, cst.BaseExpression]:
    """The keys of a dict-valued request parameter (thinking, output_config, tool_choice)."""
    value = values.get(key)
    return (mapping_values(value) or {}) if value is not None else {}


def effort(values: Mapping[str, cst.BaseExpression]) -> tuple[bool, str | None]:
    """(set, literal): whether the request sets output_config effort, and its text if literal."""
    value = settings(values, "output_config").get("effort")
    if value is None:
        return False, None
    return True, literal_text(value)


def thinking_type(values: Mapping[str, cst.BaseExpression]) -> str | None:
    value = settings(values, "thinking").get("type")
    return literal_text(value) if value is not None else None
