from __future__ import annotations

from collections.abc import Mapping

import libcst as cst
from claude_migrate.codemods.common import converse

from claude_migrate.authoring import EachRequest, Safety, dotted_name

from .requests import DATA, HAIKU, MODELS, code, family_of, family_of_id

SMALL: int = DATA["haiku"]["small_max_tokens"]


class HaikuLimits(EachRequest):
    """Report what Haiku 5.5 counts and serves differently: its tokenizer, small max_tokens, Priority Tier.

    Haiku 5.5 uses the newer tokenizer, about 30% more tokens than Haiku 4.5 for the same
    text: a count_tokens call, and the budgets and costs built on it, are reported for a
    recount. A literal max_tokens below 4,096 is reported, since the same text now takes
    more tokens and thinking (on by default) counts toward the limit: the answer can be cut
    short. A service_tier request is reported: Haiku 5.5 does not support Priority Tier.
    Nothing is changed: the right numbers are the application's. Only requests that provably
    go to Claude are read (a Claude model in sight, or a call of the Anthropic SDK's
    Messages API): a request dict of the same shape built for another provider is left alone
    and not reported. A Bedrock Converse request to Haiku 5.5 is read the same way (its
    inferenceConfig maxTokens), and so is a Bedrock count_tokens call whose modelId names it.

    Before:  client.messages.count_tokens(model="claude-haiku-5-5", messages=...)
    After:   (unchanged; reported)

    Source: Haiku 5.5 migration guide and what's new (shared reference claude-5-5-facts.md,
    sections 2.5 and 2.10).
    """

    code = "CM321"
    slug = "haiku-5-5-limits"
    models = MODELS
    target = (5, 5)
    safety = Safety.REPORT
    triggers = ()
    weak_triggers = (
        b"max_tokens",
        b"count_tokens",
        b"countTokens",
        b"service_tier",
        *converse.TRIGGERS,
    )

    def visit_Call(self, node: cst.Call) -> None:
        super().visit_Call(node)
        request = converse.converse_request(node, self.requests.constants)
        if request is not None:
            limit = request.values.get("max_tokens")
            if family_of(request.values, self.requests) == HAIKU and _small(limit):
                setting = f"{converse.label('max_tokens')}={code(limit)}" if limit else ""
                element = converse.names(request)["max_tokens"]
                self._report(element, message(False, setting, False))
        elif dotted_name(node.func).endswith(".count_tokens") and self._bedrock_haiku(node):
            self._report(node, message(True, None, False))

    def _bedrock_haiku(self, call: cst.Call) -> bool:
        """Bedrock's CountTokens, `count_tokens(modelId=..., input=...)`, for Haiku 5.5 (the
        Messages API's count_tokens takes model=, read by visit_request)."""
        text = converse.claude_model_id(call, self.requests.constants)
        return text is not None and family_of_id(text) == HAIKU

    def _report(self, node: cst.CSTNode, text: str | None) -> None:
        if text is not None:
            self.record_finding(node, self.code, text)

    def visit_request(
        self, node: cst.Call | cst.Dict, values: Mapping[str, cst.BaseExpression]
    ) -> None:
        if family_of(values, self.requests) != HAIKU:
            return
        counts = isinstance(node, cst.Call) and dotted_name(node.func).endswith(".count_tokens")
        limit = values.get("max_tokens")
        self._report(
            node,
            message(
                counts,
                f"max_tokens={code(limit)}" if _small(limit) and limit else None,
                "service_tier" in values,
            ),
        )


def _small(limit: cst.BaseExpression | None) -> bool:
    """A literal max_tokens below what Haiku 5.5 needs to answer in full."""
    return isinstance(limit, cst.Integer) and int(limit.value.replace("_", "")) < SMALL


def message(counts: bool, small_limit: str | None, service_tier: bool) -> str | None:
    """The finding for a Haiku 5.5 request: a token count, a small limit (`small_limit`, the
    setting as the language writes it), Priority Tier; the other languages' rule
    (lang/requests_5_5) gives the same."""
    notes = []
    if counts:
        notes.append(
            "Haiku 5.5 counts about 30% more tokens than Haiku 4.5 for the same text: recheck "
            "the budgets and costs built on this count"
        )
    if small_limit is not None:
        notes.append(
            f"{small_limit} is small for Haiku 5.5: the same text takes about 30% more tokens "
            "and thinking counts toward the limit, so the answer can be cut short"
        )
    if service_tier:
        notes.append("Haiku 5.5 does not support Priority Tier (service_tier)")
    return "; ".join(notes) if notes else None
