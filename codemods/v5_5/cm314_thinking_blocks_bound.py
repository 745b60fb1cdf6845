from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import libcst as cst
from claude_migrate.codemods.common import converse

from claude_migrate.authoring import (
    FileContext,
    RequestAware,
    Safety,
    Scope,
    literal_text,
    mapping_values,
    visit,
)

from .requests import HAIKU, MODELS, OPUS, SONNET, code, family_of

# Calls on a conversation list that take turns out of it or reorder it.
EDITS = frozenset({"insert", "pop", "remove", "clear", "reverse", "sort"})


@dataclass
class _Scope:
    """What one function (or the module body) does with its conversations."""

    echoes: list[cst.CSTNode] = field(default_factory=list)
    models: set[str] = field(default_factory=set)  # the code of each request's model=
    histories: set[str] = field(default_factory=set)  # names passed as messages=
    edited: dict[str, str] = field(default_factory=dict)  # name -> how it is edited
    trimmed: list[str] = field(default_factory=list)  # messages=history[...] slices


class ThinkingBlocksBound(RequestAware):
    """Report thinking blocks echoed back while the model switches or the history is edited.

    The 5.5 models bind each thinking block to the model that wrote it and to the
    conversation before it: a block sent to another model (a fallback chain, a model switch
    mid-conversation), or echoed after an earlier system prompt, tool list or message was
    changed, fails the check (400 by default; the beta block_binding setting can drop the
    block instead). Haiku 5.5 also binds blocks to the account. Where a function sends a
    response's content back as an assistant turn (thinking blocks included) and also sends
    requests with two different model= values, or edits the list it passes as messages=
    (insert, pop, remove, del, item assignment, or a slice such as history[-20:]), the echo
    is reported. Nothing is rewritten: keeping the conversation append-only is a design
    choice. Only modules that send a 5.5 request are looked at. Bedrock Converse requests
    count the same way: their modelId and messages=, and `response["output"]["message"]`
    sent back (appended whole, or as the content of an assistant turn) is the echo.

    Before:  history.append({"role": "assistant", "content": response.content}) ... messages=history[-10:]
    After:   (unchanged; reported)

    Source: what's new in Opus 5.5 and Sonnet 5.5, Haiku 5.5 migration guide #8 and #9,
    anthropic 2.15.0 beta_thinking_block_binding_param.py (shared reference
    claude-5-5-facts.md, section 2.4).
    """

    code = "CM314"
    slug = "thinking-blocks-bound-5-5"
    models = MODELS
    target = (5, 5)
    safety = Safety.REPORT
    triggers = ()
    weak_triggers = (b"assistant", b"converse", b"converse_stream")
    # The echo, the requests and the edits are separate statements, and an echo may name no
    # trigger ({"role": response.role, "content": response.content}).
    scope = Scope(whole_module=True)

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._scopes: list[_Scope] = [_Scope()]
        self._active = False

    def visit_Module(self, node: cst.Module) -> bool | None:
        result = super().visit_Module(node)
        self._active = _sends_5_5(node, self)
        return result if self._active else False

    def leave_Module(self, original_node: cst.Module, updated_node: cst.Module) -> cst.Module:
        self._report(self._scopes.pop())
        return updated_node

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self._scopes.append(_Scope())

    def leave_FunctionDef(
        self, original_node: cst.FunctionDef, updated_node: cst.FunctionDef
    ) -> cst.FunctionDef:
        self._report(self._scopes.pop())
        return updated_node

    def visit_Dict(self, node: cst.Dict) -> None:
        if _is_echo(node):
            self._scopes[-1].echoes.append(node)
        self._request(node)

    def visit_Call(self, node: cst.Call) -> None:
        self._request(node)
        func = node.func
        if (
            isinstance(func, cst.Attribute)
            and func.attr.value == "append"
            and len(node.args) == 1
            and _is_converse_message(node.args[0].value)
        ):
            self._scopes[-1].echoes.append(node.args[0].value)
        if (
            isinstance(func, cst.Attribute)
            and isinstance(func.value, cst.Name)
            and func.attr.value in EDITS
        ):
            self._scopes[-1].edited.setdefault(
                func.value.value, f"{func.value.value}.{func.attr.value}()"
            )

    def visit_Del(self, node: cst.Del) -> None:
        target = node.target
        if isinstance(target, cst.Subscript) and isinstance(target.value, cst.Name):
            self._scopes[-1].edited.setdefault(target.value.value, f"del {code(target)}")

    def visit_Assign(self, node: cst.Assign) -> None:
        for target in node.targets:
            item = target.target
            if isinstance(item, cst.Subscript) and isinstance(item.value, cst.Name):
                self._scopes[-1].edited.setdefault(item.value.value, f"{code(item)} = ...")
            if (
                isinstance(item, cst.Name)
                and isinstance(node.value, cst.Subscript)
                and isinstance(node.value.value, cst.Name)
                and node.value.value.value == item.value
            ):
                self._scopes[-1].edited.setdefault(item.value, f"{item.value} = {code(node.value)}")

    def _request(self, node: cst.Call | cst.Dict) -> None:
        values = self.claude_request(node)
        if values is None and isinstance(node, cst.Call):
            request = converse.converse_request(node, self.requests.constants)
            if request is not None:
                values = {
                    **request.values,
                    **{a.keyword.value: a.value for a in node.args if a.keyword is not None},
                }
        if values is None:
            return
        scope = self._scopes[-1]
        if "model" in values:
            scope.models.add(code(values["model"]))
        messages = values.get("messages")
        if isinstance(messages, cst.Name):
            scope.histories.add(messages.value)
        elif isinstance(messages, cst.Subscript) and isinstance(messages.value, cst.Name):
            scope.histories.add(messages.value.value)
            scope.trimmed.append(code(messages))

    def _report(self, scope: _Scope) -> None:
        if not scope.echoes:
            return
        models = sorted(scope.models) if len(scope.models) > 1 else []
        edits = [how for name, how in scope.edited.items() if name in scope.histories]
        text = message(models, edits + scope.trimmed)
        if text is None:
            return
        for echo in scope.echoes:
            self.record_finding(echo, self.code, text)


def message(models: Sequence[str], edits: Sequence[str]) -> str | None:
    """The finding for a scope that echoes a response while its requests go to `models`
    (two or more) or its conversation is edited as `edits` say (code, as each language
    writes it: lang/thinking_blocks gives TypeScript's); None when neither is so."""
    reasons = []
    if models:
        reasons.append(f"requests here go to different models ({', '.join(models)})")
    if edits:
        reasons.append(f"the conversation is edited ({', '.join(edits)})")
    if not reasons:
        return None
    return (
        "a response's content (its thinking blocks too) is sent back while "
        + " and ".join(reasons)
        + ": the 5.5 models bind thinking blocks to the model and to the conversation "
        "before them, and answer 400 to a block from another model or after an earlier "
        "turn, system prompt or tool list changed; keep each conversation append-only "
        "on one model"
    )


def _is_echo(node: cst.Dict) -> bool:
    """{"role": "assistant", "content": <something>.content}: a response sent back whole
    (Converse's `<response>["output"]["message"]["content"]` too)."""
    values = mapping_values(node) or {}
    role = values.get("role")
    content = values.get("content")
    role_text = literal_text(role) if role is not None else None
    return (
        role_text == "assistant" or (isinstance(role, cst.Attribute) and role.attr.value == "role")
    ) and (
        (isinstance(content, cst.Attribute) and content.attr.value == "content")
        or (_key(content) == "content" and _is_converse_message(_base(content)))
    )


def _is_converse_message(node: cst.BaseExpression | None) -> bool:
    """`<response>["output"]["message"]`: the assistant turn a Converse response holds."""
    return _key(node) == "message" and _key(_base(node)) == "output"


def _key(node: cst.BaseExpression | None) -> str | None:
    """The literal key of `x["key"]`."""
    if not isinstance(node, cst.Subscript) or len(node.slice) != 1:
        return None
    index = node.slice[0].slice
    return literal_text(index.value) if isinstance(index, cst.Index) else None


def _base(node: cst.BaseExpression | None) -> cst.BaseExpression | None:
    return node.value if isinstance(node, cst.Subscript) else None


class _Finder(cst.CSTVisitor):
    def __init__(self, owner: RequestAware) -> None:
        self.owner = owner
        self.found = False

    def visit_Call(self, node: cst.Call) -> None:
        self._check(node)

    def visit_Dict(self, node: cst.Dict) -> None:
        self._check(node)

    def _check(self, node: cst.Call | cst.Dict) -> None:
        values = self.owner.claude_request(node)
        if values is None and isinstance(node, cst.Call):
            request = converse.converse_request(node, self.owner.requests.constants)
            values = request.values if request is not None else None
        if values is not None and family_of(values, self.owner.requests) in (OPUS, SONNET, HAIKU):
            self.found = True


def _sends_5_5(module: cst.Module, owner: RequestAware) -> bool:
    finder = _Finder(owner)
    visit(module, finder)
    return finder.found
