"""The 5.5 set's reports on what a request asks of its model, in TypeScript and JavaScript
(CM315, CM317, CM328), with the judgement and the messages of the Python codemods.

A request is the object passed to `messages.create/stream/countTokens/parse` (beta
included), its model read as requests_5_5 reads it; nothing here is rewritten.

- CM315: a streamed request (`messages.stream`, or `stream: true`) with `tools` to Opus or
  Sonnet 5.5 whose thinking does not show its text (display "summarized" or "updates", or
  Sonnet's `between_tools`): the progress text between tool calls goes silent.
- CM317: an advisor tool (`advisor_20260301`) in the request's `tools` (written there, or a
  `const` list or object bound once in the file) whose `model` Sonnet 5.5 rejects as its
  advisor, in a request to Sonnet 5.5 or to a model not in sight.
- CM328: the server-side-fallback beta header in `betas` of a Haiku 5.5 request (Haiku 5.5
  has no fallback); `speed: "fast"` on Opus 5.5 where every client the file creates is a
  Bedrock one.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from tree_sitter import Node

from .document import Document
from .request_objects import methods_of
from .requests import constant_value
from .requests_5_5 import HAIKU, OPUS, SONNET, UNSEEN, _each
from .strings import WRAPPERS, literal_text
from .text_editor import _pairs
from .tool_versions import _bedrock_only

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod


def _resolved(doc: Document, node: Node) -> Node:
    """A name bound once in the file by a `const` stands for its value (`as const` and
    parentheses taken off)."""
    if node.type in ("identifier", "shorthand_property_identifier"):
        node = constant_value(doc, doc.text(node)) or node
    while node.type in WRAPPERS and node.named_children:
        node = node.named_children[0]
    return node


def _value(doc: Document, obj: Node, values: dict[str, Node], key: str) -> Node | None:
    """The request's `key`, written `key: value` or `{ key }`."""
    if key in values:
        return values[key]
    return next(
        (
            c
            for c in obj.named_children
            if c.type == "shorthand_property_identifier" and doc.text(c) == key
        ),
        None,
    )


def progress_in_thinking(doc: Document, codemod: type[Codemod]) -> None:
    _each(doc, codemod, _progress)


def _progress(
    doc: Document, codemod: type[Codemod], obj: Node, values: dict[str, Node], family: str
) -> None:
    if family not in (OPUS, SONNET) or _value(doc, obj, values, "tools") is None:
        return
    stream = values.get("stream")
    if "stream" not in methods_of(doc, obj) and (stream is None or stream.type != "true"):
        return
    rules = sys.modules[codemod.__module__]
    config = values.get("thinking")
    settings = _pairs(doc, config) if config is not None and config.type == "object" else {}
    kind = literal_text(doc, settings["type"]) if "type" in settings else None
    display = literal_text(doc, settings["display"]) if "display" in settings else None
    if display in rules.SHOWN or kind == "between_tools":
        return
    message = rules.message(
        family, 'thinking: {{ type: "{type}"{display} }}', ', display: "{value}"'
    )
    doc.finding(obj, codemod.code, message)


def advisor_model(doc: Document, codemod: type[Codemod]) -> None:
    _each(doc, codemod, _advisor)


def _advisor(
    doc: Document, codemod: type[Codemod], obj: Node, values: dict[str, Node], family: str
) -> None:
    if family not in (SONNET, UNSEEN):
        return
    tools = _value(doc, obj, values, "tools")
    tools = _resolved(doc, tools) if tools is not None else None
    if tools is None or tools.type != "array":
        return
    rules = sys.modules[codemod.__module__]
    prefix: str = rules.ADVISOR["type_prefix"]
    for element in tools.named_children:
        tool = _resolved(doc, element)
        if tool.type != "object":
            continue
        spec = _pairs(doc, tool)
        kind = literal_text(doc, spec["type"]) if "type" in spec else None
        model = literal_text(doc, spec["model"]) if "model" in spec else None
        if kind is None or not kind.startswith(prefix) or model not in rules.REJECTED:
            continue
        doc.finding(tool, codemod.code, rules.message(model, family))


def unavailable_features(doc: Document, codemod: type[Codemod]) -> None:
    _each(doc, codemod, _unavailable)


def _unavailable(
    doc: Document, codemod: type[Codemod], obj: Node, values: dict[str, Node], family: str
) -> None:
    rules = sys.modules[codemod.__module__]
    betas = values.get("betas")
    names = (
        {literal_text(doc, e) for e in betas.named_children}
        if betas is not None and betas.type == "array"
        else set()
    )
    if family == HAIKU and rules.FALLBACK in names and betas is not None:
        doc.finding(betas, codemod.code, rules.FALLBACK_MESSAGE)
    speed = values.get("speed")
    if (
        family == OPUS
        and speed is not None
        and literal_text(doc, speed) == rules.FAST
        and _bedrock_only(doc)
    ):
        doc.finding(speed, codemod.code, rules.fast_message(f'speed: "{rules.FAST}"'))
