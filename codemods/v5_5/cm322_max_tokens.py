from __future__ import annotations

from collections.abc import Mapping

import libcst as cst
from claude_migrate.codemods.common import converse
from claude_migrate.codemods.common.held_values import HeldInts, TracksHeldInts

from claude_migrate.authoring import FileContext, RequestAware, Safety, dict_entries

from .requests import HAIKU, MODELS, OPUS, SONNET, family_of


class MaxTokens55(TracksHeldInts, RequestAware):
    """Clamp a literal max_tokens above a 5.5 model's synchronous output ceiling (128,000) to it.

    Opus 5.5, Sonnet 5.5 and Haiku 5.5 write at most 128,000 tokens per synchronous request
    (Haiku 4.5: 64,000, so the 5 set left Haiku requests for this set). A literal above the
    ceiling is clamped and reported; a request whose model cannot be seen is left alone.
    (Batches can reach 300,000 on Opus and Sonnet 5.5 only with a beta header.) Only
    requests that provably go to Claude are read (a Claude model in sight, or a call of the
    Anthropic SDK's Messages API): a request dict of the same shape built for another
    provider is left alone and not reported. A Bedrock Converse request's inferenceConfig
    maxTokens gets the same rule. A max_tokens held in a module constant, a class attribute
    or a fallback written in the request (kw.get("max_tokens", 200000)) is reported above
    the ceiling, not changed: it may serve requests to other models.

    Before:  client.messages.create(model="claude-haiku-5-5", max_tokens=200000, ...)
    After:   client.messages.create(model="claude-haiku-5-5", max_tokens=128000, ...)

    Source: model overviews, Opus 5.5 migration guide (shared reference claude-5-5-facts.md,
    section 2.6).
    """

    code = "CM322"
    slug = "max-tokens-5-5"
    models = MODELS
    target = (5, 5)
    safety = Safety.SAFE
    triggers = ()
    weak_triggers = (b"max_tokens", *converse.TRIGGERS)
    finding_codes = {
        "CM323": "max_tokens clamped to a 5.5 model's ceiling, or one held elsewhere above it"
    }

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._converse = converse.Edits()
        self.held = HeldInts()

    def _report_held(self, node: cst.CSTNode, values: Mapping[str, cst.BaseExpression]) -> None:
        """max_tokens held outside the parameter, above the ceiling: reported, not changed."""
        family = family_of(values, self.requests)
        held = self.held.value(values["max_tokens"], "max_tokens")
        if family not in (OPUS, SONNET, HAIKU) or held is None:
            return
        ceiling = MODELS.families[family].max_tokens
        if held.value > ceiling:
            self.record_finding(
                node,
                "CM323",
                f"max_tokens is {held.value} ({held.where}), above {MODELS.families[family].name}'s "
                f"{ceiling} ceiling; lower it where it is set (not changed here: it may serve "
                "requests to other models)",
            )

    def visit_Call(self, node: cst.Call) -> None:
        request = converse.converse_request(node, self.requests.constants)
        literal = request.values.get("max_tokens") if request else None
        if request is None or not isinstance(literal, cst.Integer):
            return
        element = converse.names(request)["max_tokens"]
        new = self._clamp(element, request.values, literal, converse.label("max_tokens"))
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
        new = self._clamp(original_node, values, arg.value)
        if new is None:
            return updated_node
        return updated_node.with_changes(
            args=[a.with_changes(value=new) if a is arg else a for a in updated_node.args]
        )

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        updated_node = self._converse.apply(original_node, updated_node)
        values = self.claude_request(original_node)
        entry = dict_entries(updated_node).get("max_tokens")
        if values is not None and entry is not None and not isinstance(entry.value, cst.Integer):
            self._report_held(original_node, values)
        if values is None or entry is None or not isinstance(entry.value, cst.Integer):
            return updated_node
        new = self._clamp(original_node, values, entry.value)
        if new is None:
            return updated_node
        return updated_node.with_changes(
            elements=[e.with_changes(value=new) if e is entry else e for e in updated_node.elements]
        )

    def _clamp(
        self,
        node: cst.CSTNode,
        values: Mapping[str, cst.BaseExpression],
        literal: cst.Integer,
        where: str = "max_tokens",
    ) -> cst.Integer | None:
        family = family_of(values, self.requests)
        if family not in (OPUS, SONNET, HAIKU):
            return None
        ceiling = MODELS.families[family].max_tokens
        value = int(literal.value.replace("_", ""))
        if value <= ceiling:
            return None
        name = MODELS.families[family].name
        self.record_change(node, f"{where} {value} -> {ceiling}")
        self.record_finding(
            node,
            "CM323",
            f"{where} {value} is above {name}'s {ceiling} ceiling and was clamped",
        )
        return literal.with_changes(value=f"{ceiling:_}" if "_" in literal.value else str(ceiling))
