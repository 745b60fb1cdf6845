"""Shared by the 5 set's request codemods: what the model of a request is (Opus/Sonnet 5,
Haiku 4.5, or not visible) and its family. Which calls and dicts are requests: cst_calls.request_values."""

from __future__ import annotations

from collections.abc import Mapping

import libcst as cst

from claude_migrate.authoring import RequestModels, tables

MODELS = tables.load(__package__)
FIVE, HAIKU = "five", "haiku"
HAIKU_IDS = ("claude-haiku-4-5",)


def target_of(values: Mapping[str, cst.BaseExpression], requests: RequestModels) -> str | None:
    """FIVE, HAIKU, or None when the model of the request cannot be seen."""
    family = family_of(values, requests)
    return None if family is None else HAIKU if family == HAIKU else FIVE


def family_of(values: Mapping[str, cst.BaseExpression], requests: RequestModels) -> str | None:
    """ "opus", "sonnet", HAIKU, or None when the model of the request cannot be seen."""
    model = values.get("model")
    text = requests.value_text(model) if model is not None else None
    if text is None:
        return None
    if any(h in text for h in HAIKU_IDS):
        return HAIKU
    family = MODELS.family_of(text)
    return family.key if family is not None else None
