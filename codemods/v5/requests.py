"""Shared by the 5 set's request codemods: which calls and dicts are Messages requests, and what
the model of a request is (Opus/Sonnet 5, Haiku 4.5, or not visible)."""

from __future__ import annotations

from collections.abc import Mapping

import libcst as cst

from claude_migrate import model_table
from claude_migrate.cst_calls import RequestModels, dotted_name, mapping_values
from claude_migrate.cst_strings import literal_text

MODELS = model_table.load(__package__)
REQUEST_SUFFIXES = (
    ".messages.create",
    ".messages.stream",
    ".messages.count_tokens",
    ".messages.parse",
)
PARAM_CLASSES = (
    "MessageCreateParams",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
)
FIVE, HAIKU = "five", "haiku"
HAIKU_IDS = ("claude-haiku-4-5",)


def is_request_call(call: cst.Call) -> bool:
    name = dotted_name(call.func)
    return name.endswith(REQUEST_SUFFIXES) or name.split(".")[-1] in PARAM_CLASSES


def request_values(node: cst.CSTNode) -> Mapping[str, cst.BaseExpression] | None:
    """Keyword arguments of a request call, or keys of a request dict (batch `params`)."""
    if isinstance(node, cst.Call) and is_request_call(node):
        return {a.keyword.value: a.value for a in node.args if a.keyword is not None}
    if isinstance(node, cst.Dict):
        values = mapping_values(node) or {}
        if {"messages", "max_tokens"} <= values.keys() or {"messages", "model"} <= values.keys():
            return values
    return None


def target_of(values: Mapping[str, cst.BaseExpression], requests: RequestModels) -> str | None:
    """FIVE, HAIKU, or None when the model of the request cannot be seen."""
    model = values.get("model")
    text = literal_text(model) if model is not None else None
    if text is None and isinstance(model, cst.Name):
        text = requests.constants.get(model.value)
    if text is None:
        return None
    if any(h in text for h in HAIKU_IDS):
        return HAIKU
    return FIVE if MODELS.family_of(text) is not None else None
