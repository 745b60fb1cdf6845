"""CM231 in TypeScript and JavaScript: the legacy Text Completions API, reported as the
Python codemod reports it (never rewritten: a prompt string splits into turns by hand).

A `X.completions.create({...})` call is Anthropic's when its request has
`max_tokens_to_sample` (a parameter only Anthropic's Text Completions took) or a Claude
model literal; OpenAI's `completions.create` (its legacy API, or `chat.completions`) is
left alone. `HUMAN_PROMPT` and `AI_PROMPT`, the SDK's turn markers, are reported where
they are named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import JS_TS
from .document import Document
from .strings import literal_text
from .text_editor import _pairs

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

_MARKERS = ("HUMAN_PROMPT", "AI_PROMPT")
_NAMES = frozenset({"identifier", "property_identifier", "shorthand_property_identifier"})


def legacy_completions(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS:
        return
    for call in doc.around(b"completions", ("call_expression",)):
        function = call.child_by_field_name("function")
        arguments = call.child_by_field_name("arguments")
        if function is None or arguments is None or function.type != "member_expression":
            continue
        path = doc.text(function).replace("?.", ".").split(".")
        if path[-2:] != ["completions", "create"] or "chat" in path:
            continue
        first = arguments.named_children[0] if arguments.named_children else None
        if first is None or first.type != "object":
            continue
        values = _pairs(doc, first)
        model = values.get("model")
        model_id = literal_text(doc, model) if model is not None else None
        if "max_tokens_to_sample" in values or (model_id or "").startswith("claude"):
            doc.finding(
                call,
                codemod.code,
                "the legacy Text Completions API serves no current model (and anthropic's "
                "Python SDK 1.0 removed it): rewrite as messages.create with user and "
                "assistant turns",
            )
    for marker in _MARKERS:
        for node in doc.around(marker.encode(), _NAMES):
            if doc.text(node) == marker:
                doc.finding(
                    node,
                    codemod.code,
                    f"{marker} belongs to the legacy Text Completions API: use messages with roles",
                )
