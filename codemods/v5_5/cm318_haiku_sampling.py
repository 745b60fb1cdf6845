from __future__ import annotations

import libcst as cst
from claude_migrate.codemods.common import converse

from claude_migrate.authoring import (
    FileContext,
    RequestAware,
    Safety,
    drop_items,
    literal_text,
)

from .requests import DATA, HAIKU, MODELS, code, family_of

SAMPLING = tuple(DATA["haiku"]["sampling"])


class HaikuSampling(RequestAware):
    """Remove temperature, top_p and top_k from requests to Claude Haiku 5.5, which rejects them.

    Haiku 4.5 honoured one of temperature and top_p (the 5 set left them, or moved them into
    extra_body for SDK 1.x); Haiku 5.5 answers 400 to any non-default sampling parameter,
    like Opus and Sonnet. Each is removed from the request's keyword arguments, from a
    request dict (batch params) and from its extra_body dict (an extra_body left empty goes
    too), and every removal is reported with the value that was lost. Only requests that
    provably go to Claude are read (a Claude model in sight, or a call of the Anthropic
    SDK's Messages API): a request dict of the same shape built for another provider is left
    alone and not reported. A Bedrock Converse request to Haiku 5.5 loses inferenceConfig's
    temperature and topP and additionalModelRequestFields' top_k the same way, each reported
    under that name.

    Before:  client.messages.create(model="claude-haiku-5-5", temperature=0.2, ...)
    After:   client.messages.create(model="claude-haiku-5-5", ...)

    Source: Haiku 5.5 migration guide and what's new (shared reference claude-5-5-facts.md,
    section 2.5).
    """

    code = "CM318"
    slug = "haiku-5-5-sampling"
    models = MODELS
    target = (5, 5)
    safety = Safety.SAFE
    triggers = ()
    weak_triggers = (*(s.encode() for s in SAMPLING), *converse.TRIGGERS)
    finding_codes = {"CM319": "sampling setting lost on Haiku 5.5"}

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._extra: set[cst.Dict] = set()  # extra_body dicts of Haiku 5.5 requests
        self._converse = converse.Edits()

    def visit_Call(self, node: cst.Call) -> None:
        self._note_extra_body(node)
        request = converse.converse_request(node, self.requests.constants)
        if request is None or family_of(request.values, self.requests) != HAIKU:
            return
        elements = converse.names(request)
        for name in SAMPLING:
            if name in request.values:
                self._removed(elements[name], converse.label(name), request.values[name])
                self._converse.remove(request, name)

    def visit_Dict(self, node: cst.Dict) -> None:
        self._note_extra_body(node)

    def _note_extra_body(self, node: cst.Call | cst.Dict) -> None:
        values = self.claude_request(node)
        extra = values.get("extra_body") if values is not None else None
        if isinstance(extra, cst.Dict) and family_of(values or {}, self.requests) == HAIKU:
            self._extra.add(extra)

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        values = self.claude_request(original_node)
        if values is None or family_of(values, self.requests) != HAIKU:
            return updated_node
        kept = []
        for original, arg in zip(original_node.args, updated_node.args, strict=True):
            name = arg.keyword.value if arg.keyword else None
            if name in SAMPLING:
                self._removed(original_node, name, values[name])
                continue
            if name == "extra_body" and _emptied(original.value, arg.value):
                self.record_change(original_node, "removed extra_body= left empty")
                continue
            kept.append(arg)
        return drop_items(updated_node, kept)

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        updated_node = self._converse.apply(original_node, updated_node)
        is_extra = original_node in self._extra
        values = self.claude_request(original_node)
        if not is_extra and (values is None or family_of(values, self.requests) != HAIKU):
            return updated_node
        kept = []
        for original, element in zip(original_node.elements, updated_node.elements, strict=True):
            name = literal_text(element.key) if isinstance(element, cst.DictElement) else None
            if name in SAMPLING and isinstance(original, cst.DictElement):
                self._removed(original_node, name, original.value)
                continue
            if (
                not is_extra
                and name == "extra_body"
                and isinstance(original, cst.DictElement)
                and isinstance(element, cst.DictElement)
                and _emptied(original.value, element.value)
            ):
                self.record_change(original_node, "removed extra_body left empty")
                continue
            kept.append(element)
        return drop_items(updated_node, kept)

    def _removed(self, owner: cst.CSTNode, name: str, value: cst.BaseExpression) -> None:
        self.record_change(owner, f"removed {name}={code(value)}")
        self.record_finding(
            owner,
            "CM319",
            f"{name}={code(value)} was removed: Haiku 5.5 answers 400 to sampling parameters "
            "(Haiku 4.5 honoured one of temperature and top_p)",
        )


def _emptied(before: cst.BaseExpression, after: cst.BaseExpression) -> bool:
    """An extra_body dict that had entries and has none left."""
    return (
        isinstance(before, cst.Dict)
        and isinstance(after, cst.Dict)
        and bool(before.elements)
        and not after.elements
    )
