from __future__ import annotations

from collections.abc import Mapping

import libcst as cst
from claude_migrate.codemods.common import converse

from claude_migrate.authoring import RequestAware, Safety, dotted_name, sets_key

from .requests import MODELS, family_of

# What the migration guide of each family advises for code that ran without thinking.
ADVICE = {
    "sonnet": (
        "Sonnet 5",
        'Keep it and check the limit, or pass thinking={"type": "disabled"} to keep the old behaviour',
    ),
    "opus": (
        "Opus 5",
        "Keep it and check the limit; to spend less, lower output_config effort rather than "
        "disabling thinking (Opus 5 can then write tool calls as text)",
    ),
}
# The same advice for a Bedrock Converse request, which sets both in additionalModelRequestFields.
CONVERSE_ADVICE = {
    "sonnet": (
        "Sonnet 5",
        "Keep it and check the limit, or pass "
        f'{converse.EXTRA}={{"thinking": {{"type": "disabled"}}}} to keep the old behaviour',
    ),
    "opus": (
        "Opus 5",
        f"Keep it and check the limit; to spend less, lower the effort ({converse.EFFORT}) "
        "rather than disabling thinking (Opus 5 can then write tool calls as text)",
    ),
}


class ThinkingOnByDefault(RequestAware):
    """Report requests to Opus 5 and Sonnet 5 that set no thinking: the model now thinks by default.

    Every earlier model ran without thinking unless asked. Opus 5 and Sonnet 5 think
    adaptively by default: thinking tokens are billed as output (even when the text is
    omitted) and count against max_tokens, so a small max_tokens can end in stop_reason
    "max_tokens" with no text. The docs disagree on the fix (the Sonnet guide passes
    thinking={"type": "disabled"} to keep the old behaviour; the Opus guide prefers thinking
    on with a lower effort, and Opus 5 rejects disabled at effort xhigh or max), so the
    request is reported, never changed. A request that passes **kwargs or sets thinking in
    extra_body is left alone; token counting is not a request that thinks. Only requests
    that provably go to Claude are read (a Claude model in sight, or a call of the Anthropic
    SDK's Messages API): a request dict of the same shape built for another provider is left
    alone and not reported. A Bedrock Converse request to Opus 5 or Sonnet 5 with no
    thinking in additionalModelRequestFields is reported the same way, with the advice
    spelled for Converse (thinking and effort both go in additionalModelRequestFields).

    Before:  client.messages.create(model="claude-sonnet-5", max_tokens=1024, messages=...)
    After:   (unchanged; reported)

    Source: migration guide (Opus 4.8 and Sonnet 4.5 sections), thinking and thinking
    troubleshooting docs (shared reference claude-5-facts.md, section 2.2 and judgement 1).
    """

    code = "CM226"
    slug = "thinking-on-by-default"
    models = MODELS
    target = (5, 0)
    safety = Safety.REPORT
    triggers = ()
    weak_triggers = (b"max_tokens", b"converse")  # every Messages request has max_tokens

    def visit_Call(self, node: cst.Call) -> None:
        if dotted_name(node.func).endswith(".count_tokens"):
            return
        if any(a.star == "**" for a in node.args):
            return
        request = converse.converse_request(node, self.requests.constants)
        if request is not None:
            self._report(node, request.values, CONVERSE_ADVICE, converse.label("max_tokens"))
            return
        self._inspect(node)

    def visit_Dict(self, node: cst.Dict) -> None:
        if any(isinstance(e, cst.StarredDictElement) for e in node.elements):
            return
        self._inspect(node)

    def _inspect(self, node: cst.CSTNode) -> None:
        values = self.claude_request(node)
        if values is not None:
            self._report(node, values, ADVICE, "max_tokens")

    def _report(
        self,
        node: cst.CSTNode,
        values: Mapping[str, cst.BaseExpression],
        advice: Mapping[str, tuple[str, str]],
        limit_name: str,
    ) -> None:
        if sets_key(values, "thinking"):
            return
        family = family_of(values, self.requests)
        if family not in advice or self.context.options.target > self.target:
            return  # a run to a later set lands elsewhere: that set gives its own advice
        limit = values.get("max_tokens")
        budget = (
            f"{limit_name}={cst.Module([]).code_for_node(limit)}"
            if limit is not None
            else limit_name
        )
        name, keep = advice[family]
        self.record_finding(
            node,
            self.code,
            f"{name} thinks by default: thinking is billed as output and counts "
            f"against {budget}. {keep}",
        )
