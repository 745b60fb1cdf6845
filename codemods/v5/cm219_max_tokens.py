from __future__ import annotations

import libcst as cst

from claude_migrate.codemod import Safety
from claude_migrate.cst_calls import dotted_name, request_values
from claude_migrate.request_codemod import RequestAware

from .requests import FIVE, MODELS, target_of

HAIKU_CEILING = 64000
STREAMING_ABOVE = 21333  # the Python SDK refuses a non-streaming request above this


class MaxTokensCeiling(RequestAware):
    """Clamp max_tokens to the 5 generation's ceilings: 128,000 for Opus 5 and Sonnet 5, 64,000 for Haiku 4.5.

    A literal max_tokens above the target model's synchronous output ceiling is clamped and
    reported. Also reported: a non-streaming messages.create above 21,333, which the Python
    SDK refuses client-side ("Streaming is required ..."), and, since Opus 5 and Sonnet 5 think
    by default, that thinking now counts against max_tokens. A request whose model cannot be
    seen is left alone.

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
    triggers = (b"max_tokens",)
    finding_codes = {"CM220": "max_tokens to review on the 5 generation"}

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        values = request_values(original_node)
        arg = next(
            (a for a in updated_node.args if a.keyword and a.keyword.value == "max_tokens"), None
        )
        if values is None or arg is None or not isinstance(arg.value, cst.Integer):
            return updated_node
        target = target_of(values, self.requests)
        if target is None:
            return updated_node
        family = (
            MODELS.family_of(cst.Module([]).code_for_node(values["model"]))
            if target == FIVE
            else None
        )
        ceiling = family.max_tokens if family else HAIKU_CEILING
        value = int(arg.value.value.replace("_", ""))
        if value > ceiling:
            new = f"{ceiling:_}" if "_" in arg.value.value else str(ceiling)
            self.record_change(original_node, f"max_tokens {value} -> {ceiling}")
            self.record_finding(
                original_node,
                "CM220",
                f"max_tokens {value} is above the {ceiling} ceiling and was clamped",
            )
            updated_node = updated_node.with_changes(
                args=[
                    a.with_changes(value=a.value.with_changes(value=new)) if a is arg else a
                    for a in updated_node.args
                ]
            )
            value = ceiling
        creates = dotted_name(original_node.func).endswith(".messages.create")
        if creates and value > STREAMING_ABOVE and "stream" not in values:
            self.record_finding(
                original_node,
                "CM220",
                f"max_tokens {value} on a non-streaming messages.create: the Python SDK requires "
                "streaming above 21,333 (use messages.stream or stream=True)",
            )
        return updated_node
