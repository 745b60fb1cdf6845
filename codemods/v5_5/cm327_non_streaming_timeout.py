from __future__ import annotations

import math

import libcst as cst
from claude_migrate.codemods.common.platforms import CLIENT_WORDS, client_keywords

from claude_migrate.authoring import (
    Codemod,
    FileContext,
    Safety,
    Scope,
    dotted_name,
    imports_anthropic,
    insert_after,
    kwarg,
    request_values,
)

from .requests import DATA

LIMIT: int = DATA["max_tokens"]["non_streaming_limit"]
SECONDS_PER_128K: int = DATA["max_tokens"]["seconds_per_128k"]
_EQUAL = cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace(""))


class NonStreamingTimeout(Codemod):
    """Give a non-streaming request above 21,333 max_tokens an explicit timeout= (review).

    The Python SDK (checked on 2.15.0) raises ValueError before sending a non-streaming
    messages.create or messages.parse whose expected time (3600 s x max_tokens / 128,000) is
    over ten minutes, that is max_tokens above 21,333, unless a timeout is set; the rule does
    not depend on the model, and the 5.5 models take up to 128,000. An explicit timeout= of
    that expected time, rounded up to a second, lets the request through; streaming
    (messages.stream or stream=True) is the SDK's advice, but it changes what the call
    returns, so it is left to a person. A review-level rewrite: a request that has to wait
    up to an hour for its answer is a choice. A call with **kwargs, a stream= argument or
    timeout= of its own, in a module whose client sets timeout=, or in one that does not
    import anthropic, is left alone.

    Before:  client.messages.create(model="claude-opus-5-5", max_tokens=64000, ...)
    After:   client.messages.create(model="claude-opus-5-5", max_tokens=64000, ..., timeout=1800)

    Source: anthropic 2.15.0 _base_client.py and _constants.py (shared reference
    claude-5-5-facts.md, section 2.6).
    """

    code = "CM327"
    slug = "non-streaming-timeout"
    target = (5, 5)
    safety = Safety.REVIEW
    triggers = ()
    weak_triggers = (b"max_tokens",)
    scope = Scope(reads=CLIENT_WORDS)  # the clients the module creates

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._client_timeout = False

    def visit_Module(self, node: cst.Module) -> None:
        # Only the anthropic SDK has this rule: a module that does not import it is left alone.
        # (The import is asked first: it reads the top-level statements only.)
        self._client_timeout = not imports_anthropic(node) or "timeout" in client_keywords(
            node, self.context
        )

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        if self._client_timeout or not dotted_name(original_node.func).endswith(
            (".messages.create", ".messages.parse")
        ):
            return updated_node
        values = request_values(original_node)
        limit = values.get("max_tokens") if values is not None else None
        if (
            not isinstance(limit, cst.Integer)
            or any(a.star for a in original_node.args)
            or kwarg(original_node, "stream") is not None
            or kwarg(original_node, "timeout") is not None
        ):
            return updated_node
        tokens = int(limit.value.replace("_", ""))
        if tokens <= LIMIT:
            return updated_node
        seconds = math.ceil(SECONDS_PER_128K * tokens / 128_000)
        self.record_change(
            original_node,
            f"added timeout={seconds}: the anthropic SDK refuses a non-streaming request above "
            f"{LIMIT:,} max_tokens without one (or use messages.stream)",
        )
        new = cst.Arg(cst.Integer(str(seconds)), keyword=cst.Name("timeout"), equal=_EQUAL)
        args = insert_after(updated_node.args, len(updated_node.args) - 1, new)
        return updated_node.with_changes(args=args)
