from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import RequestAware, Safety, dotted_name

from .requests import MODELS, family_of

TOKENIZER = {
    "opus": "Opus 5 uses the Opus 4.7 tokenizer: 1.0 to 1.35 times the tokens of models before 4.7",
    "sonnet": "Sonnet 5 has a new tokenizer: about 30% more tokens than Sonnet 4.6",
}


class TokenCounts(RequestAware):
    """Report token counting for Opus 5 and Sonnet 5, whose tokenizers count the same text higher.

    Opus 5 uses the Opus 4.7 tokenizer (1.0 to 1.35 times the tokens of earlier models) and
    Sonnet 5 a new one (about 30% more than Sonnet 4.6). Budgets, truncation thresholds and
    cost estimates built on counts from the old models shift, and counts from one
    5-generation model should not be reused for the other. Each messages.count_tokens call
    for Opus 5 or Sonnet 5 is reported so that whatever consumes its count can be re-
    measured; nothing is rewritten, since no fixed factor is documented. Only requests that
    provably go to Claude are read (a Claude model in sight, or a call of the Anthropic
    SDK's Messages API): a request dict of the same shape built for another provider is left
    alone and not reported.

    Before:  client.messages.count_tokens(model="claude-sonnet-5", messages=...)
    After:   (unchanged; reported)

    Source: migration guide (Opus 4.6 and earlier #6, Haiku 4.5 to Sonnet 5 #4), what's new
    in Sonnet 5 (shared reference claude-5-facts.md, section 2.10 and judgement 10).
    """

    code = "CM230"
    slug = "token-counts-5"
    models = MODELS
    target = (5, 0)
    safety = Safety.REPORT
    triggers = ()
    weak_triggers = (b"count_tokens", b"countTokens")  # tiktoken helpers are named so too

    def visit_Call(self, node: cst.Call) -> None:
        if not dotted_name(node.func).endswith(".count_tokens"):
            return
        values = self.claude_request(node)
        family = family_of(values, self.requests) if values is not None else None
        if family not in TOKENIZER:
            return
        self.record_finding(
            node,
            self.code,
            f"{TOKENIZER[family]}; re-measure the budgets and thresholds this count feeds",
        )
