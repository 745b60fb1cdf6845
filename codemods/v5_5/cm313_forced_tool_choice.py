from __future__ import annotations

from collections.abc import Mapping

import libcst as cst
from claude_migrate.codemods.common import converse

from claude_migrate.authoring import EachRequest, Safety, literal_text, mapping_values

from .requests import DATA, MODELS, NAMES, UNSEEN, family_of, settings

FORCED = frozenset(DATA["tool_choice"]["forced"])
REJECTED_BY = frozenset(DATA["tool_choice"]["rejected_by"])
FIX = (
    'use {"type": "auto"} with an instruction in the prompt, strict tools, or '
    "output_config.format when the tool was only there to force JSON"
)


class ForcedToolChoice(EachRequest):
    """Report forced tool choice ("any" or one named tool), a 400 on Opus 5.5 and Sonnet 5.5.

    Opus 5.5 and Sonnet 5.5 accept tool_choice "auto" and "none" only. No rewrite keeps the
    behaviour (auto lets the model answer in text), so the request is reported with the
    replacements the migration guides name. Haiku 5.5 does not list forced tool choice as a
    breaking change and is left alone; a request whose model cannot be seen is reported.
    Only requests that provably go to Claude are read (a Claude model in sight, or a call of
    the Anthropic SDK's Messages API): a request dict of the same shape built for another
    provider is left alone and not reported. A Bedrock Converse request's toolConfig
    toolChoice ({"any": {}}, {"tool": {"name": ...}}) to Opus or Sonnet 5.5 is reported the
    same way.

    Before:  tool_choice={"type": "tool", "name": "record"}
    After:   (unchanged; reported)

    Source: what's new in Opus 5.5, Sonnet 5.5 migration guide, what's new in Haiku 5.5
    (shared reference claude-5-5-facts.md, section 2.2 and judgement 7).
    """

    code = "CM313"
    slug = "forced-tool-choice-5-5"
    models = MODELS
    target = (5, 5)
    safety = Safety.REPORT
    triggers = ()
    weak_triggers = (b"tool_choice", b"toolChoice")

    def visit_Call(self, node: cst.Call) -> None:
        super().visit_Call(node)
        request = converse.converse_request(node, self.requests.constants)
        if request is None:
            return
        # Converse writes it as toolConfig={"toolChoice": {"any": {}}} or {"tool": {...}}.
        config = next(
            (a.value for a in node.args if a.keyword and a.keyword.value == "toolConfig"), None
        )
        choice = (mapping_values(config) or {}).get("toolChoice") if config is not None else None
        kinds = (
            [k for k in (mapping_values(choice) or {}) if k in FORCED] if choice is not None else []
        )
        family = family_of(request.values, self.requests)
        if kinds and family in REJECTED_BY:
            self.record_finding(
                choice,
                self.code,
                f'toolConfig toolChoice "{kinds[0]}": {NAMES[family]} answers 400; use '
                '{"auto": {}} with an instruction in the prompt',
            )

    def visit_request(
        self, node: cst.Call | cst.Dict, values: Mapping[str, cst.BaseExpression]
    ) -> None:
        choice = values.get("tool_choice")
        kind_node = settings(values, "tool_choice").get("type")
        kind = literal_text(kind_node) if kind_node is not None else None
        if choice is None or kind not in FORCED:
            return
        text = message(kind, family_of(values, self.requests))
        if text is not None:
            self.record_finding(choice, self.code, text)


def message(kind: str, family: str | None) -> str | None:
    """The finding for a forced tool choice of `kind` sent to `family` (None: accepted); the
    other languages' rule (lang/requests_5_5) gives the same."""
    if family in REJECTED_BY:
        return f'tool_choice "{kind}": {NAMES[family]} answers 400; {FIX}'
    if family == UNSEEN:
        return (
            f'tool_choice "{kind}" is a 400 on Opus 5.5 and Sonnet 5.5 (the model of this '
            f"request cannot be seen here); {FIX}"
        )
    return None
