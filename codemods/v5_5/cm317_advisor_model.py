from __future__ import annotations

from collections.abc import Mapping

import libcst as cst

from claude_migrate.authoring import (
    EachRequest,
    FileContext,
    Safety,
    Scope,
    literal_text,
    mapping_values,
)

from .requests import DATA, MODELS, SONNET, UNSEEN, family_of

ADVISOR = DATA["advisor"]
REJECTED = frozenset(ADVISOR["rejected"])


class AdvisorModel(EachRequest):
    """Report an advisor tool whose model Sonnet 5.5, as the executor, rejects.

    With Sonnet 5.5 running the conversation, the advisor tool (advisor_20260301) rejects
    Opus 4.8, Opus 4.7, Sonnet 5 and Haiku 5.5 as its advisor model. Which advisor to use
    instead is a choice of cost and quality, so the tool is reported, never changed. The
    tool is found in the request's tools list, written there or as a module-level list or
    dict; a request whose model cannot be seen is reported too. Only requests that provably
    go to Claude are read (a Claude model in sight, or a call of the Anthropic SDK's
    Messages API): a request dict of the same shape built for another provider is left alone
    and not reported.

    Before:  client.beta.messages.create(model="claude-sonnet-5-5", tools=[{"type": "advisor_20260301", "model": "claude-haiku-5-5", ...}], ...)
    After:   (unchanged; reported)

    Source: what's new in Sonnet 5.5 (shared reference claude-5-5-facts.md, section 2.7 and
    judgement 5).
    """

    code = "CM317"
    slug = "advisor-model-5-5"
    models = MODELS
    target = (5, 5)
    safety = Safety.REPORT
    triggers = ()
    # The tool's type, quoted: a name that starts so is no tool.
    weak_triggers = tuple(f"{q}{ADVISOR['type_prefix']}".encode() for q in "\"'")
    scope = Scope(whole_module=True)  # tool lists are often module constants

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._lists: dict[str, cst.BaseExpression] = {}

    def visit_Module(self, node: cst.Module) -> bool | None:
        for statement in node.body:
            if isinstance(statement, cst.SimpleStatementLine):
                for small in statement.body:
                    if isinstance(small, cst.Assign) and len(small.targets) == 1:
                        target = small.targets[0].target
                        if isinstance(target, cst.Name):
                            self._lists[target.value] = small.value
        return super().visit_Module(node)

    def _resolve(self, node: cst.BaseExpression) -> cst.BaseExpression:
        return self._lists.get(node.value, node) if isinstance(node, cst.Name) else node

    def visit_request(
        self, node: cst.Call | cst.Dict, values: Mapping[str, cst.BaseExpression]
    ) -> None:
        tools = self._resolve(values["tools"]) if "tools" in values else None
        if not isinstance(tools, cst.List):
            return
        family = family_of(values, self.requests)
        if family not in (SONNET, UNSEEN):
            return
        for element in tools.elements:
            tool = self._resolve(element.value)
            spec = mapping_values(tool) or {}
            kind = literal_text(spec["type"]) if "type" in spec else None
            model = literal_text(spec["model"]) if "model" in spec else None
            if kind is None or not kind.startswith(ADVISOR["type_prefix"]) or model not in REJECTED:
                continue
            self.record_finding(tool, self.code, message(model, family))


def message(model: str, family: str) -> str:
    """The finding; the other languages' rule (lang/features_5_5) gives the same."""
    executor = "Sonnet 5.5" if family == SONNET else "Sonnet 5.5 (if this request goes to it)"
    return (
        f"advisor model {model}: with {executor} as the executor the advisor tool rejects "
        f"{', '.join(sorted(REJECTED))}; choose another advisor model"
    )
