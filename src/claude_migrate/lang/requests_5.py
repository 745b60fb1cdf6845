"""The 5 set's request rules in TypeScript and JavaScript (CM215, CM217, CM226, CM230),
with the judgement of their Python codemods. Only CM217 rewrites.

A request is the object passed to `messages.create/stream/countTokens/parse` (beta
included); its model is the one `requests.model_text` sees (a literal, or a `const` bound
once in the file).

- CM215: a `messages` array written in the request whose last entry is an assistant turn
  with its text written out (a string, a template or blocks) is a prefill, which Opus 5 and
  Sonnet 5 answer with a 400. A retry that carries `fallback_credit_token`, and a turn
  whose content is not written there (`response.content` sent back after pause_turn), are
  not. A request to Haiku 4.5, which still takes prefill, is left alone in a run to 5.
- CM226: a request to Opus 5 or Sonnet 5 that sets no `thinking` now thinks by default;
  token counts and requests with `...spread` params (which may set it) are left out.
- CM230: a `countTokens` call for Opus 5 or Sonnet 5, whose tokenizers count the same text
  higher.
- CM217: `output_format: {...}` moves into `output_config: { format: {...} }` (the API takes
  the old name only for a transition period); a format that is not an object written in
  the request is reported (CM218), except on `parse`, `stream` and `countTokens`, whose
  SDK helpers build it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from tree_sitter import Node

from . import JS_TS
from .document import Document, Edit
from .request_objects import methods_of, requests
from .requests import model_text
from .strings import literal_text
from .text_editor import _pairs, _set_text
from .tool_versions import _family_5
from .undo import _remove_element

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

# The Python codemod's advice, in the TypeScript SDK's spelling.
_THINKING_ADVICE = {
    "sonnet": (
        "Sonnet 5",
        'Keep it and check the limit, or pass thinking: { type: "disabled" } to keep the old '
        "behaviour",
    ),
    "opus": (
        "Opus 5",
        "Keep it and check the limit; to spend less, lower output_config: { effort } rather "
        "than disabling thinking (Opus 5 can then write tool calls as text)",
    ),
}
_WRITTEN = frozenset({"string", "template_string", "array"})


def keys_of(doc: Document, obj: Node) -> set[str]:
    """The keys an object literal sets: its pairs' and its shorthand properties' (`{ thinking }`)."""
    shorthand = {
        doc.text(c) for c in obj.named_children if c.type == "shorthand_property_identifier"
    }
    return set(_pairs(doc, obj)) | shorthand


def _spreads(obj: Node) -> bool:
    return any(c.type == "spread_element" for c in obj.named_children)


def prefill(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS:
        return
    later = doc.context.options.target > codemod.target
    rejected_by = (
        "Opus 5 and Sonnet 5, and the 5.5 models (Haiku 5.5 too),"
        if later
        else "Opus 5 and Sonnet 5"
    )
    for obj, values in requests(doc):
        messages = values.get("messages")
        if messages is None or messages.type != "array" or not messages.named_children:
            continue
        if "fallback_credit_token" in keys_of(doc, obj):
            continue  # the token authorises the appended assistant turn
        if not later and _family_5(codemod, model_text(doc, values, obj)) == "haiku":
            continue  # Haiku 4.5 still takes prefill
        last = messages.named_children[-1]
        if last.type != "object":
            continue
        turn = _pairs(doc, last)
        role, content = turn.get("role"), turn.get("content")
        if role is None or literal_text(doc, role) != "assistant" or content is None:
            continue
        if content.type in _WRITTEN:
            doc.finding(
                last,
                codemod.code,
                f"the conversation ends with an assistant turn (prefill): {rejected_by} "
                "answer 400. Use structured outputs for JSON, a system-prompt instruction "
                "for a preamble, or move the text into the user turn",
            )


def thinking_default(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS or doc.context.options.target > codemod.target:
        return  # a run to a later set lands elsewhere: that set gives its own advice (CM312)
    for obj, values in requests(doc):
        if methods_of(doc, obj) == {"countTokens"} or _spreads(obj):
            continue
        if "thinking" in keys_of(doc, obj):
            continue
        family = _family_5(codemod, model_text(doc, values, obj))
        if family not in _THINKING_ADVICE:
            continue
        limit = values.get("max_tokens")
        budget = f"max_tokens: {doc.text(limit)}" if limit is not None else "max_tokens"
        name, keep = _THINKING_ADVICE[family]
        doc.finding(
            obj,
            codemod.code,
            f"{name} thinks by default: thinking is billed as output and counts against "
            f"{budget}. {keep}",
        )


def token_counts(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS:
        return
    tokenizer: dict[str, str] = getattr(sys.modules[codemod.__module__], "TOKENIZER")  # noqa: B009
    for obj, values in requests(doc):
        if "countTokens" not in methods_of(doc, obj):
            continue
        family = _family_5(codemod, model_text(doc, values, obj))
        if family in tokenizer:
            doc.finding(
                obj,
                codemod.code,
                f"{tokenizer[family]}; re-measure the budgets and thresholds this count feeds",
            )


# The SDK's helpers take a format built by a helper of its own (`zodOutputFormat(...)`).
_FORMAT_HELPERS = frozenset({"parse", "stream", "countTokens"})


def output_config(doc: Document, codemod: type[Codemod]) -> None:
    """CM217: `output_format: {...}` becomes `output_config: { format: {...} }`, joining an
    `output_config` object written in the request (its effort stays); anything else is
    reported (CM218)."""
    if doc.kind not in JS_TS:
        return
    for obj, values in requests(doc):
        value = values.get("output_format")
        pair = value.parent if value is not None else None
        if value is None or pair is None or pair.type != "pair":
            continue
        if value.type != "object":
            if not methods_of(doc, obj) <= _FORMAT_HELPERS:
                doc.finding(
                    pair,
                    "CM218",
                    "output_format is not an object written here: move it into "
                    "output_config: { format: ... } by hand",
                )
            continue
        config = values.get("output_config")
        if config is None:
            key = pair.child_by_field_name("key")
            if key is None:
                continue
            rename = (
                _set_text(doc, key, "output_config")
                if key.type == "string"
                else doc.replace(key, "output_config")
            )
            if rename is None:
                continue
            edits = [
                rename,
                Edit(value.start_byte, value.start_byte, b"{ format: "),
                Edit(value.end_byte, value.end_byte, b" }"),
            ]
        elif config.type == "object" and "format" not in _pairs(doc, config):
            edits = [_remove_element(doc, pair), _join(doc, config, f"format: {doc.text(value)}")]
        else:
            doc.finding(
                pair,
                "CM218",
                "output_config is not an object written here, or already has a format: "
                "move output_format into it by hand",
            )
            continue
        doc.change(pair, codemod.code, "output_format -> output_config.format", *edits)


def _join(doc: Document, obj: Node, entry: str) -> Edit:
    """An edit that puts `entry` first in the object literal `obj`, in its layout."""
    children = obj.named_children
    if not children:
        return doc.replace(obj, f"{{ {entry} }}")
    first = children[0]
    line_start = doc.data.rfind(b"\n", 0, first.start_byte) + 1
    if line_start > obj.start_byte:  # one entry a line: the same indentation
        indent = doc.data[line_start : first.start_byte].decode("utf-8", "replace")
        return Edit(first.start_byte, first.start_byte, f"{entry},\n{indent}".encode())
    return Edit(first.start_byte, first.start_byte, f"{entry}, ".encode())
