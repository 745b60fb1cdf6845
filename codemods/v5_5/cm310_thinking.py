from __future__ import annotations

from collections.abc import Mapping

import libcst as cst
from claude_migrate.codemods.common import converse

from claude_migrate.authoring import (
    EachRequest,
    FileContext,
    Safety,
    dict_entries,
    drop_items,
    literal_text,
    with_text,
)

from .requests import (
    DATA,
    HAIKU,
    LOW_EFFORTS,
    MODELS,
    NAMES,
    OPUS,
    SONNET,
    UNSEEN,
    code,
    effort,
    family_of,
    settings,
)

ACCEPTED: dict[str, list[str]] = DATA["thinking"]["accepted"]
DEFAULT_EFFORT = {
    key: row["default"] for key, row in DATA["effort_default"].items() if key != "source"
}


class Thinking55(EachRequest):
    """Give each 5.5 model a thinking setting it accepts: adaptive for manual, and disabled per model.

    Manual thinking ({"type": "enabled", "budget_tokens": N}) is a 400 on Opus 5.5, Sonnet
    5.5 and Haiku 5.5: it becomes {"type": "adaptive"} (a "display" key is kept) and the
    dropped budget is reported, since no budget maps to an effort level. {"type":
    "disabled"} is a 400 on Opus 5.5, whose thinking cannot be turned off: the setting is
    removed and reported (output_config effort, "low" for instance, is the way to think
    less; the level is yours to choose). On Sonnet 5.5 disabled becomes {"type":
    "between_tools"} when the request's effort is absent or a literal up to "high"
    (between_tools is a 400 at xhigh and max); otherwise it is reported. Haiku 5.5 keeps
    disabled, reported with an effort above "high" (400). between_tools sent to Opus or
    Haiku 5.5, and manual or disabled thinking whose model cannot be seen, are reported.
    Only requests that provably go to Claude are read (a Claude model in sight, or a call of
    the Anthropic SDK's Messages API): a request dict of the same shape built for another
    provider is left alone and not reported. A Bedrock
    Converse request's thinking, in additionalModelRequestFields, gets the same rules (a
    removed setting leaves that dict).

    Before:  client.messages.create(model="claude-sonnet-5-5", thinking={"type": "disabled"}, ...)
    After:   client.messages.create(model="claude-sonnet-5-5", thinking={"type": "between_tools"}, ...)

    Source: what's new and migration guides for Opus, Sonnet and Haiku 5.5, prompting Haiku
    5.5, Bedrock model cards (shared reference claude-5-5-facts.md, section 2.1).
    """

    code = "CM310"
    slug = "thinking-5-5"
    models = MODELS
    target = (5, 5)
    safety = Safety.SAFE
    triggers = ()
    weak_triggers = (b"thinking",)  # a Converse request's thinking is spelled the same
    finding_codes = {"CM311": "thinking setting a 5.5 model rejects, or one changed for it"}

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._retype: dict[cst.Dict, str] = {}  # thinking dict -> its new type
        self._drop: set[cst.CSTNode] = set()  # requests whose thinking is removed
        self._converse = converse.Edits()
        self._converse_request: converse.ConverseRequest | None = None

    def visit_Call(self, node: cst.Call) -> None:
        request = converse.converse_request(node, self.requests.constants)
        if request is None:
            super().visit_Call(node)
            return
        # thinking in a Converse call's additionalModelRequestFields: the same rule, and a
        # removal drops its entry there.
        self._converse_request = request
        self.visit_request(node, request.values)
        self._converse_request = None

    def visit_request(
        self, node: cst.Call | cst.Dict, values: Mapping[str, cst.BaseExpression]
    ) -> None:
        thinking = values.get("thinking")
        keys = settings(values, "thinking")
        kind = literal_text(keys["type"]) if "type" in keys else None
        family = family_of(values, self.requests)
        if (
            thinking is None
            or family is None
            or kind not in ("enabled", "disabled", "between_tools")
        ):
            return
        if not isinstance(thinking, cst.Dict):  # dict(type=...): read, but not rewritten
            if family != UNSEEN and kind not in ACCEPTED[family]:
                self.record_finding(
                    thinking,
                    "CM311",
                    f'thinking type "{kind}": {NAMES[family]} accepts '
                    f"{' or '.join(ACCEPTED[family])} (400 otherwise); change this dict(...) by hand",
                )
            return
        effort_set, level = effort(values)
        if family == UNSEEN:
            self._unseen(thinking, kind)
        elif kind == "enabled":
            self._retype[thinking] = "adaptive"
            budget = code(keys["budget_tokens"]) if "budget_tokens" in keys else "none"
            self.record_finding(
                thinking,
                "CM311",
                f"budget_tokens={budget} was dropped: {NAMES[family]} accepts only adaptive "
                f"thinking; effort stays at its default ({DEFAULT_EFFORT[family]}): set "
                f"{self._effort_at()} if the budget was there to save tokens",
            )
        elif kind == "disabled" and family == OPUS:
            if self._converse_request is not None:
                self._converse.remove(self._converse_request, "thinking")
                self.record_change(
                    thinking,
                    f"removed {converse.EXTRA} thinking (disabled: a 400 on Opus 5.5)",
                )
            else:
                self._drop.add(node)
            self.record_finding(
                thinking,
                "CM311",
                'thinking {"type": "disabled"} was removed: Opus 5.5 always thinks and answers 400 '
                f'to it; to think less, lower {self._effort_at()} ("low", say)',
            )
        elif kind == "disabled" and family == SONNET:
            if len(keys) == 1 and (not effort_set or level in LOW_EFFORTS):
                self._retype[thinking] = "between_tools"
            else:
                self.record_finding(
                    thinking,
                    "CM311",
                    "Sonnet 5.5 answers 400 to disabled thinking; "
                    + (
                        'its way to think less is {"type": "between_tools"} (which takes no other '
                        "keys): change this setting by hand"
                        if len(keys) > 1
                        else "between_tools, its way to think less, is accepted only at effort "
                        "low, medium or high: set one, or use adaptive"
                    ),
                )
        elif kind == "disabled" and family == HAIKU and effort_set and level not in LOW_EFFORTS:
            self.record_finding(
                thinking,
                "CM311",
                "Haiku 5.5 accepts disabled thinking only at effort low, medium or high "
                f"(400 at xhigh and max); effort here: {level or 'not a literal'}",
            )
        elif kind == "between_tools" and family != SONNET:
            self.record_finding(
                thinking,
                "CM311",
                f"between_tools is Sonnet 5.5's; {NAMES[family]} accepts "
                f"{' or '.join(ACCEPTED[family])} (400 otherwise)",
            )
        elif kind == "between_tools" and effort_set and level not in LOW_EFFORTS:
            self.record_finding(
                thinking,
                "CM311",
                "between_tools is a 400 at effort xhigh and max: lower the effort or use adaptive",
            )

    def _effort_at(self) -> str:
        """Where this request sets an effort: Converse has no output_config argument."""
        return converse.EFFORT if self._converse_request else 'output_config={"effort": ...}'

    def _unseen(self, thinking: cst.Dict, kind: str | None) -> None:
        if kind == "enabled":
            why = 'manual thinking is a 400 on every 5.5 model (use {"type": "adaptive"})'
        elif kind == "disabled":
            why = (
                "disabled thinking is a 400 on Opus 5.5 (remove it) and Sonnet 5.5 (use "
                "between_tools); Haiku 5.5 accepts it up to effort high"
            )
        else:
            return
        self.record_finding(
            thinking, "CM311", f"{why}; the model of this request cannot be seen here"
        )

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        if original_node not in self._drop:
            return updated_node
        self.record_change(original_node, "removed thinking (disabled: a 400 on Opus 5.5)")
        kept = [a for a in updated_node.args if not (a.keyword and a.keyword.value == "thinking")]
        return drop_items(updated_node, kept)

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        updated_node = self._converse.apply(original_node, updated_node)
        if original_node in self._drop:
            self.record_change(original_node, "removed thinking (disabled: a 400 on Opus 5.5)")
            kept = [
                e
                for e in updated_node.elements
                if not (isinstance(e, cst.DictElement) and literal_text(e.key) == "thinking")
            ]
            return drop_items(updated_node, kept)
        new = self._retype.get(original_node)
        if new is None:
            return updated_node
        entries = dict_entries(updated_node)
        type_entry = entries["type"]
        if not isinstance(type_entry.value, cst.SimpleString):
            return updated_node
        old = literal_text(type_entry.value)
        kept = [
            e.with_changes(value=with_text(type_entry.value, new)) if e is type_entry else e
            for e in updated_node.elements
            if not (isinstance(e, cst.DictElement) and literal_text(e.key) == "budget_tokens")
        ]
        self.record_change(original_node, f'thinking {{"type": "{old}"}} -> {{"type": "{new}"}}')
        return drop_items(updated_node, kept)
