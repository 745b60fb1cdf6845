from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import (
    RequestAware,
    Safety,
    literal_text,
    mapping_values,
    sets_key,
)

from .requests import HAIKU, MODELS, target_of


class AssistantPrefill(RequestAware):
    """Report requests whose messages end with an assistant turn (prefill): Opus 5 and Sonnet 5 answer 400.

    A messages list written in the request whose last entry has role "assistant" with text
    written out (a string, an f-string or text blocks) is a prefill. It is reported at that
    message and never rewritten: code usually glues the prefill onto the output ("{" +
    text), and the replacement depends on why it was there (structured outputs for JSON, a
    system prompt instruction for a preamble, a user turn for a continuation). Two
    continuations are not prefills and are left alone: sending back response.content after
    pause_turn, and a retry that carries a refusal's fallback_credit_token (the token
    authorises the appended assistant turn; the SDK's fallback middleware sends exactly
    this). Only requests that provably go to Claude are read (a Claude model in sight, or a
    call of the Anthropic SDK's Messages API): a request dict of the same shape built for
    another provider is left alone and not reported. A Haiku 4.5 request is left alone on a
    run that ends at this set, which leaves it on Haiku 4.5: that model still takes a
    prefill (on a run to 5.5 it becomes Haiku 5.5, which does not).

    Before:  messages=[{"role": "user", ...}, {"role": "assistant", "content": "{"}]
    After:   (unchanged; reported)

    Source: errors ("This model does not support assistant message prefill"), prompting best
    practices ("Migrating away from prefilled responses"), handling stop reasons, refusals
    and fallback (shared reference claude-5-facts.md, section 2.4; anthropic 2.12.0,
    RefusalStopDetails.fallback_credit_token).
    """

    code = "CM215"
    slug = "assistant-prefill"
    models = MODELS
    target = (5, 0)
    safety = Safety.REPORT
    triggers = ()
    weak_triggers = (b"assistant",)

    def visit_Call(self, node: cst.Call) -> None:
        self._check(node)

    def visit_Dict(self, node: cst.Dict) -> None:
        self._check(node)

    def _rejected_by(self) -> str:
        # A run to the 5.5 set moves Haiku on too, and Haiku 5.5 rejects prefill as well.
        if self.context.options.target > self.target:
            return "Opus 5 and Sonnet 5, and the 5.5 models (Haiku 5.5 too),"
        return "Opus 5 and Sonnet 5"

    def _check(self, node: cst.CSTNode) -> None:
        values = self.claude_request(node)
        messages = values.get("messages") if values else None
        if not isinstance(messages, cst.List) or not messages.elements:
            return
        if values is not None and sets_key(values, "fallback_credit_token"):
            return
        # Haiku 4.5 still takes a prefill, and a run that ends at the 5 set leaves it there.
        run_ends_here = self.context.options.target == self.target
        if values is not None and run_ends_here and target_of(values, self.requests) == HAIKU:
            return
        last = messages.elements[-1].value
        turn = mapping_values(last) or {}
        role = literal_text(turn["role"]) if "role" in turn else None
        if role != "assistant":
            return
        content = turn.get("content")
        if isinstance(
            content, (cst.SimpleString, cst.FormattedString, cst.ConcatenatedString, cst.List)
        ):
            self.record_finding(
                last,
                self.code,
                "the conversation ends with an assistant turn (prefill): "
                f"{self._rejected_by()} answer 400. "
                "Use structured outputs for JSON, a system-prompt instruction for a preamble, or move "
                "the text into the user turn",
            )
