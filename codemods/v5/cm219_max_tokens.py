from __future__ import annotations

from collections.abc import Mapping

import libcst as cst
from claude_migrate.codemods.common import converse
from claude_migrate.codemods.common.held_values import HeldInts, TracksHeldInts

from claude_migrate.authoring import (
    FileContext,
    RequestAware,
    Safety,
    dict_entries,
    dotted_name,
)

from .requests import HAIKU, MODELS, family_of

HAIKU_CEILING = 64000
STREAMING_ABOVE = 21333  # the Python SDK refuses a non-streaming request above this


class MaxTokensCeiling(TracksHeldInts, RequestAware):
    """Clamp max_tokens to the 5 generation's ceilings: 128,000 for Opus 5 and Sonnet 5, 64,000 for Haiku 4.5.

    A literal max_tokens above the target model's synchronous output ceiling is clamped and
    reported. Also reported: a non-streaming messages.create above 21,333, which the Python
    SDK refuses client-side ("Streaming is required ..."), and, since Opus 5 and Sonnet 5
    think by default, that thinking now counts against max_tokens. A request whose model
    cannot be seen is left alone. A Bedrock Converse request's inferenceConfig maxTokens
    gets the same rule. A max_tokens held in a module constant, an attribute of the
    enclosing class or a fallback written in the request (kw.get("max_tokens", 200000)) is
    reported above the ceiling, not changed: it may serve requests to other models. Only
    requests that provably go to Claude are read (a Claude model in sight, or a call of the
    Anthropic SDK's Messages API): a request dict of the same shape built for another
    provider is left alone and not reported.

    Before:  client.messages.create(model="claude-opus-5", max_tokens=200000, ...)
    After:   client.messages.create(model="claude-opus-5", max_tokens=128000, ...)

    Source: models overview (max output), thinking docs, SDK streaming rule (shared reference
    claude-5-facts.md, section 2.6).
    """

    code = "CM219"
    slug = "max-tokens-5"
    models = MODELS
    target = (5, 0)
    safety = Safety.SAFE
    triggers = ()
    weak_triggers = (b"max_tokens", *converse.TRIGGERS)
    finding_codes = {"CM220": "max_tokens to review on the 5 generation"}

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self.held = HeldInts()
        self._converse = converse.Edits()

    def visit_Call(self, node: cst.Call) -> None:
        request = converse.converse_request(node, self.requests.constants)
        literal = request.values.get("max_tokens") if request else None
        if request is None or not isinstance(literal, cst.Integer):
            return
        element = converse.names(request)["max_tokens"]
        _, new = self._clamp(element, request.values, literal, converse.label("max_tokens"))
        if new is not None:
            self._converse.set_value(request, "max_tokens", new)

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        values = self.claude_request(original_node)
        arg = next(
            (a for a in updated_node.args if a.keyword and a.keyword.value == "max_tokens"), None
        )
        if values is not None and arg is not None and not isinstance(arg.value, cst.Integer):
            self._report_held(original_node, values)
        if values is None or arg is None or not isinstance(arg.value, cst.Integer):
            return updated_node
        value, new = self._clamp(original_node, values, arg.value)
        if new is not None:
            updated_node = updated_node.with_changes(
                args=[a.with_changes(value=new) if a is arg else a for a in updated_node.args]
            )
        creates = dotted_name(original_node.func).endswith(".messages.create")
        later = self.context.options.target > self.target  # the later set reports it
        if (
            value is not None
            and creates
            and value > STREAMING_ABOVE
            and "stream" not in values
            and not later
        ):
            self.record_finding(
                original_node,
                "CM220",
                f"max_tokens {value} on a non-streaming messages.create: the Python SDK requires "
                "streaming above 21,333 (use messages.stream or stream=True)",
            )
        return updated_node

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        """A request written as a dict (a batch's params)."""
        updated_node = self._converse.apply(original_node, updated_node)
        values = self.claude_request(original_node)
        entry = dict_entries(updated_node).get("max_tokens")
        if values is not None and entry is not None and not isinstance(entry.value, cst.Integer):
            self._report_held(original_node, values)
        if values is None or entry is None or not isinstance(entry.value, cst.Integer):
            return updated_node
        _, new = self._clamp(original_node, values, entry.value)
        if new is None:
            return updated_node
        return updated_node.with_changes(
            elements=[e.with_changes(value=new) if e is entry else e for e in updated_node.elements]
        )

    def _report_held(self, node: cst.CSTNode, values: Mapping[str, cst.BaseExpression]) -> None:
        """max_tokens held outside the parameter, above the ceiling: reported, not changed.
        On a run to a later set, that set reports it against the model the run ends on."""
        if self.context.options.target > self.target:
            return
        family = family_of(values, self.requests)
        held = self.held.value(values["max_tokens"], "max_tokens")
        if family is None or held is None:
            return
        ceiling = HAIKU_CEILING if family == HAIKU else MODELS.families[family].max_tokens
        if held.value > ceiling:
            self.record_finding(
                node,
                "CM220",
                f"max_tokens is {held.value} ({held.where}), above the {ceiling} ceiling; lower "
                "it where it is set (not changed here: it may serve requests to other models)",
            )

    def _clamp(
        self,
        node: cst.CSTNode,
        values: Mapping[str, cst.BaseExpression],
        literal: cst.Integer,
        where: str = "max_tokens",
    ) -> tuple[int | None, cst.Integer | None]:
        """(max_tokens after the rule, or None when the model cannot be seen; the clamped literal
        when it was above the ceiling). `where` names it as the request does (a Converse
        request's inferenceConfig maxTokens)."""
        family = family_of(values, self.requests)
        if family is None:
            return None, None
        ceiling = HAIKU_CEILING if family == HAIKU else MODELS.families[family].max_tokens
        value = int(literal.value.replace("_", ""))
        if family == HAIKU and self.context.options.target > self.target:
            return value, None  # Haiku moves on to a later model, with a higher ceiling
        if value <= ceiling:
            return value, None
        self.record_change(node, f"{where} {value} -> {ceiling}")
        self.record_finding(
            node, "CM220", f"{where} {value} is above the {ceiling} ceiling and was clamped"
        )
        text = f"{ceiling:_}" if "_" in literal.value else str(ceiling)
        return ceiling, literal.with_changes(value=text)
