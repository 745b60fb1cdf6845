from __future__ import annotations

from collections.abc import Mapping

import libcst as cst
from claude_migrate.codemods.common import converse

from claude_migrate.authoring import (
    EachRequest,
    FileContext,
    Safety,
    dict_entries,
    literal_text,
    mapping_values,
    with_text,
)

from .requests import FIVE, MODELS, target_of


class AdaptiveThinking(EachRequest):
    """Turn manual thinking (type "enabled" with budget_tokens) into adaptive thinking for Opus 5 and Sonnet 5.

    Opus 5 and Sonnet 5 accept only adaptive thinking and answer 400 to
    {"type": "enabled", "budget_tokens": N}. The dict becomes {"type": "adaptive"} (a
    "display" key is kept). There is no documented mapping from a token budget to an effort
    level, so none is invented: effort stays at its default, high, and the dropped budget is
    reported so that a person can set output_config={"effort": ...} if the budget mattered.
    Also reported: thinking {"type": "disabled"} with effort xhigh or max (400 on Opus 5),
    and manual thinking whose model cannot be seen (on a run to 5.5, CM311 reports it
    instead). Haiku 4.5 keeps manual thinking (it rejects adaptive). Only requests that
    provably go to Claude are read (a Claude model in sight, or a call of the Anthropic
    SDK's Messages API): the same dict built for another provider is left alone and not
    reported. A Bedrock Converse request's thinking, in additionalModelRequestFields, gets
    the same rule; Converse has no output_config argument, so its findings say to set the
    effort inside additionalModelRequestFields, which passes the model's own fields through.

    Before:  thinking={"type": "enabled", "budget_tokens": 10000}
    After:   thinking={"type": "adaptive"}

    Source: thinking, extended-thinking ("Migrating to adaptive thinking"), thinking
    troubleshooting and effort docs (shared reference claude-5-facts.md, sections 2.2-2.3).
    """

    code = "CM213"
    slug = "adaptive-thinking"
    models = MODELS
    target = (5, 0)
    safety = Safety.SAFE
    # Go, C#, Java: reported (Go's ThinkingConfigParamOfEnabled(n) and Java's
    # .enabledThinking(n) take the budget with no field named for it).
    triggers = (
        b"BudgetTokens",
        b"budgetTokens",
        b"ThinkingConfigParamOfEnabled",
        b"enabledThinking",
    )
    weak_triggers = (b"thinking",)
    finding_codes = {"CM214": "thinking settings to review on the 5 generation"}

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._adapt: set[cst.Dict] = set()

    def visit_Call(self, node: cst.Call) -> None:
        request = converse.converse_request(node, self.requests.constants)
        if request is not None:  # thinking in a Converse call's additionalModelRequestFields
            self._inspect(request.values, converse.EFFORT)
            return
        super().visit_Call(node)

    def visit_request(
        self, node: cst.Call | cst.Dict, values: Mapping[str, cst.BaseExpression]
    ) -> None:
        self._inspect(values, 'output_config={"effort": ...}')

    def _inspect(self, values: Mapping[str, cst.BaseExpression], set_effort: str) -> None:
        """`set_effort` says where this request sets an effort (Converse has no output_config)."""
        thinking = values.get("thinking")
        if not isinstance(thinking, cst.Dict):
            return
        settings = mapping_values(thinking) or {}
        kind = literal_text(settings["type"]) if "type" in settings else None
        target = target_of(values, self.requests)
        if kind == "enabled" and target == FIVE:
            self._adapt.add(thinking)
            budget = (
                cst.Module([]).code_for_node(settings["budget_tokens"])
                if "budget_tokens" in settings
                else "none"
            )
            self.record_finding(
                thinking,
                "CM214",
                f"budget_tokens={budget} was dropped for adaptive thinking; effort stays at its default "
                f"({self._default_effort()}): set {set_effort} if the budget was there to save tokens",
            )
        elif kind == "enabled" and target is None and self.context.options.target == self.target:
            # On a run to a later set, that set reports the unseen model's manual thinking.
            self.record_finding(
                thinking,
                "CM214",
                'manual thinking: Opus 5 and Sonnet 5 reject it (use {"type": "adaptive"}), Haiku 4.5 '
                "needs it; the model of this request cannot be seen",
            )
        elif kind == "disabled" and target == FIVE and _effort(values) in ("xhigh", "max"):
            self.record_finding(
                thinking,
                "CM214",
                "thinking disabled with effort xhigh or max: Opus 5 answers 400; lower the effort or "
                "let it think",
            )

    def _default_effort(self) -> str:
        if self.context.options.target > self.target:
            return "medium on Opus 5.5, high on Sonnet 5.5"  # where a run to 5.5 lands
        return "high"

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        if original_node not in self._adapt:
            return updated_node
        entries = dict_entries(updated_node)
        type_entry = entries["type"]
        assert isinstance(type_entry.value, cst.SimpleString)
        kept = [
            e.with_changes(value=with_text(type_entry.value, "adaptive")) if e is type_entry else e
            for e in updated_node.elements
            if not (isinstance(e, cst.DictElement) and literal_text(e.key) == "budget_tokens")
        ]
        if kept and len(kept) < len(updated_node.elements):
            kept[-1] = kept[-1].with_changes(comma=updated_node.elements[-1].comma)
        self.record_change(
            original_node, 'thinking {"type": "enabled", budget_tokens} -> {"type": "adaptive"}'
        )
        return updated_node.with_changes(elements=kept)


def _effort(values: Mapping[str, cst.BaseExpression]) -> str | None:
    config = values.get("output_config")
    settings = mapping_values(config) if config is not None else None
    effort = settings.get("effort") if settings else None
    return literal_text(effort) if effort is not None else None
