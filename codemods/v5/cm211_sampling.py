from __future__ import annotations

from collections.abc import Mapping

import libcst as cst
from claude_migrate.codemods.common import converse

from claude_migrate.authoring import (
    FileContext,
    RequestAware,
    Safety,
    drop_items,
    keep_closing_comma,
    literal_text,
)

from .requests import FIVE, HAIKU, MODELS, target_of

SAMPLING = ("temperature", "top_p", "top_k")
_EQUAL = cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace(""))


class SamplingParameters(RequestAware):
    """Remove temperature, top_p and top_k from requests to Claude Opus 5 and Sonnet 5, which reject them.

    Opus 5 and Sonnet 5 answer 400 to any non-default sampling parameter, and anthropic SDK
    1.0 removed the three keyword arguments (TypeError before any request). They are removed
    from messages.create/stream/parse/count_tokens (beta included), the SDK's
    MessageCreateParams, request dicts (batch params) and their extra_body, and every
    removal is reported with the value that was lost (temperature=0 never guaranteed
    determinism). A value that is not a literal (opts.get("temperature")) goes too, a
    judgement: SDK 1.0 has no such keyword, so the call cannot run with it whatever it
    holds. Where the model cannot be seen, the parameters kept are one finding per request.
    Haiku 4.5 still honours one of temperature and top_p: a Haiku request, or one whose
    model cannot be seen, is reported, not changed. A Bedrock Converse request gets the same
    rule for inferenceConfig's temperature and topP and additionalModelRequestFields' top_k,
    and its findings name those keys (no SDK keyword is involved there, so a Haiku 4.5
    Converse request is left to CM125's pair rule). Only requests that provably go to Claude
    are touched or reported (RequestModels.goes_to_anthropic: a Claude model in sight, or
    with no model in sight a call of the SDK's Messages API): a request dict of another
    provider (a Groq or LiteLLM wrapper with {"model": self.cfg.model, ...}) is left alone.

    Before:  client.messages.create(model="claude-sonnet-5", temperature=0.2, ...)
    After:   client.messages.create(model="claude-sonnet-5", ...)

    Source: model deprecations ("API parameter deprecations"), thinking limits, migration
    guide; anthropic SDK MIGRATION.md for 1.0 (shared reference claude-5-facts.md, sections
    2.1 and 3).
    """

    code = "CM211"
    slug = "sampling-parameters"
    models = MODELS
    target = (5, 0)
    safety = Safety.SAFE
    # With the other SDKs' spellings (Go and C# fields, Java builders), reported there, and
    # the Bedrock Converse request's dicts.
    triggers = ()
    weak_triggers = (
        *(s.encode() for s in SAMPLING),
        b"Temperature",
        b"TopP",
        b"TopK",
        b"topP",
        b"topK",
        *converse.TRIGGERS,
    )
    finding_codes = {"CM212": "sampling parameter removed, or one that needs a person"}

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._converse = converse.Edits()
        self._left: dict[cst.CSTNode, list[str]] = {}  # per request, parameters kept

    def visit_Call(self, node: cst.Call) -> None:
        request = converse.converse_request(node, self.requests.constants)
        if request is None:
            return
        target = target_of(request.values, self.requests)
        if target != FIVE:
            return  # Haiku 4.5 takes them through Converse: no SDK keyword is involved
        elements = converse.names(request)
        for name in SAMPLING:
            if name in request.values and self._drops(
                elements[name], name, request.values, target, converse.label(name)
            ):
                self._converse.remove(request, name)

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        values = self.claude_request(original_node)
        if values is None:
            return updated_node
        target = target_of(values, self.requests)
        if target == HAIKU and self._haiku_moves_on():
            return updated_node
        if target == HAIKU and self.context.options.sdk == 1:
            return self._into_extra_body(original_node, updated_node)
        kept = [
            a
            for a in updated_node.args
            if not self._drops(
                original_node, a.keyword.value if a.keyword else None, values, target
            )
        ]
        self._report_left(original_node, target)
        return drop_items(updated_node, kept)

    def _haiku_moves_on(self) -> bool:
        """A run to a later set moves Haiku 4.5 on to a model that rejects sampling parameters
        too: that set removes them, so they are neither moved nor reported here."""
        return self.context.options.target > self.target

    def _into_extra_body(self, original: cst.Call, updated: cst.Call) -> cst.Call:
        """Haiku 4.5 still takes sampling parameters, and SDK 1.x only through extra_body."""
        moving = [a for a in updated.args if a.keyword is not None and a.keyword.value in SAMPLING]
        if not moving:
            return updated
        existing = next(
            (a for a in updated.args if a.keyword and a.keyword.value == "extra_body"), None
        )
        if existing is not None and not isinstance(existing.value, cst.Dict):
            self.record_finding(
                original,
                "CM212",
                "extra_body is not a dict written here: move the sampling parameters into it by hand",
            )
            return updated
        names = [a.keyword.value for a in moving if a.keyword is not None]
        entries = [
            cst.DictElement(cst.SimpleString(f'"{name}"'), a.value)
            for name, a in zip(names, moving, strict=True)
        ]
        self.record_change(
            original, f"{', '.join(names)} -> extra_body (anthropic SDK 1.x, Haiku 4.5)"
        )
        args = keep_closing_comma(updated.args, [a for a in updated.args if a not in moving])
        if existing is None:
            space = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
            closing = args[-1].comma
            args[-1] = args[-1].with_changes(comma=space)
            body = cst.Arg(
                cst.Dict(entries), keyword=cst.Name("extra_body"), comma=closing, equal=_EQUAL
            )
            return updated.with_changes(args=[*args, body])
        assert isinstance(existing.value, cst.Dict)
        elements = list(existing.value.elements)
        if elements and not isinstance(elements[-1].comma, cst.Comma):
            elements[-1] = elements[-1].with_changes(
                comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
            )
        merged = existing.with_changes(
            value=existing.value.with_changes(elements=[*elements, *entries])
        )
        return updated.with_changes(args=[merged if a is existing else a for a in args])

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        updated_node = self._converse.apply(original_node, updated_node)
        values = self.claude_request(original_node)
        if values is None:
            return updated_node
        target = target_of(values, self.requests)
        if target == HAIKU and self._haiku_moves_on():
            return updated_node
        kept = [
            e
            for e in updated_node.elements
            if not (
                isinstance(e, cst.DictElement)
                and self._drops(original_node, literal_text(e.key), values, target)
            )
        ]
        self._report_left(original_node, target)
        return drop_items(updated_node, kept)

    def _drops(
        self,
        owner: cst.CSTNode,
        name: str | None,
        values: Mapping[str, cst.BaseExpression],
        target: str | None,
        converse_label: str | None = None,
    ) -> bool:
        """Whether `name` goes; `converse_label` spells it as a Converse request does
        (inferenceConfig topP), where the SDK keyword's TypeError does not apply."""
        if name is None or name not in SAMPLING:
            return False
        value = cst.Module([]).code_for_node(values[name])
        if target == FIVE:
            where = converse_label or name
            self.record_change(owner, f"removed {where}={value}")
            sdk = (
                "" if converse_label else ", and anthropic SDK 1.0 removed the keyword (TypeError)"
            )
            self.record_finding(
                owner,
                "CM212",
                f"{where}={value} was removed: Opus 5 and Sonnet 5 reject sampling parameters "
                f"(400){sdk}",
            )
            return True
        self._left.setdefault(owner, []).append(f"{converse_label or name}={value}")
        return False

    def _report_left(self, owner: cst.CSTNode, target: str | None) -> None:
        """One finding for the sampling parameters a request keeps, not one per parameter."""
        left = self._left.pop(owner, [])
        if not left:
            return
        them = "it" if len(left) == 1 else "them"
        why = (
            "Haiku 4.5 takes one of temperature and top_p; with anthropic SDK >= 1.0 pass it in "
            "extra_body, and with SDK 2.x only under a pinned anthropic-version 2023-06-01"
            if target == HAIKU
            else f"the model of this request cannot be seen; Opus 5 and Sonnet 5 reject {them}"
        )
        self.record_finding(owner, "CM212", f"{', '.join(left)}: {why}")
