from __future__ import annotations

from collections.abc import Mapping

import libcst as cst

from claude_migrate.codemod import Codemod, FileContext, Safety
from claude_migrate.cst_calls import RequestModels
from claude_migrate.cst_edits import keep_closing_comma
from claude_migrate.cst_strings import literal_text

from .requests import FIVE, HAIKU, MODELS, request_values, target_of

SAMPLING = ("temperature", "top_p", "top_k")


class SamplingParameters(Codemod):
    """Remove temperature, top_p and top_k from requests to Claude Opus 5 and Sonnet 5, which reject them.

    Opus 5 and Sonnet 5 answer 400 to any non-default sampling parameter, and anthropic SDK
    1.0 removed the three keyword arguments (TypeError before any request). They are removed
    from messages.create/stream/parse/count_tokens (beta included), the SDK's
    MessageCreateParams, request dicts (batch params) and their extra_body, and every removal
    is reported with the value that was lost (temperature=0 never guaranteed determinism).
    Haiku 4.5 still honours one of temperature and top_p: a Haiku request, or one whose model
    cannot be seen, is reported, not changed.

    Before:  client.messages.create(model="claude-sonnet-5", temperature=0.2, ...)
    After:   client.messages.create(model="claude-sonnet-5", ...)

    Source: model deprecations ("API parameter deprecations"), thinking limits, migration guide;
    anthropic SDK MIGRATION.md for 1.0 (shared reference claude-5-facts.md, sections 2.1 and 3).
    """

    code = "CM211"
    slug = "sampling-parameters"
    target = (5, 0)
    safety = Safety.SAFE
    triggers = tuple(s.encode() for s in SAMPLING)
    finding_codes = {"CM212": "sampling parameter removed, or one that needs a person"}

    def __init__(self, context: FileContext, skip: frozenset[cst.CSTNode] = frozenset()) -> None:
        super().__init__(context, skip)
        self.requests = RequestModels(MODELS)

    def visit_Module(self, node: cst.Module) -> None:
        self.requests.start(node)

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        values = request_values(original_node)
        if values is None:
            return updated_node
        target = target_of(values, self.requests)
        kept = [
            a
            for a in updated_node.args
            if not self._drops(
                original_node, a.keyword.value if a.keyword else None, values, target
            )
        ]
        return updated_node.with_changes(args=keep_closing_comma(updated_node.args, kept))

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        values = request_values(original_node)
        if values is None:
            return updated_node
        target = target_of(values, self.requests)
        kept = [
            e
            for e in updated_node.elements
            if not (
                isinstance(e, cst.DictElement)
                and self._drops(original_node, literal_text(e.key), values, target)
            )
        ]
        return updated_node.with_changes(elements=keep_closing_comma(updated_node.elements, kept))

    def _drops(
        self,
        owner: cst.CSTNode,
        name: str | None,
        values: Mapping[str, cst.BaseExpression],
        target: str | None,
    ) -> bool:
        if name is None or name not in SAMPLING:
            return False
        value = cst.Module([]).code_for_node(values[name])
        if target == FIVE:
            self.record_change(owner, f"removed {name}={value}")
            self.record_finding(
                owner,
                "CM212",
                f"{name}={value} was removed: Opus 5 and Sonnet 5 reject sampling parameters "
                "(400), and anthropic SDK 1.0 removed the keyword (TypeError)",
            )
            return True
        why = (
            "Haiku 4.5 takes one of temperature and top_p; with anthropic SDK >= 1.0 pass it in "
            "extra_body, and with SDK 2.x only under a pinned anthropic-version 2023-06-01"
            if target == HAIKU
            else "the model of this request cannot be seen; Opus 5 and Sonnet 5 reject it"
        )
        self.record_finding(owner, "CM212", f"{name}={value}: {why}")
        return False
