from __future__ import annotations

from collections.abc import Mapping

import libcst as cst
from claude_migrate.codemods.common import converse

from claude_migrate.authoring import EachRequest, Safety, dotted_name, literal_text

from .requests import MODELS, OPUS, SONNET, family_of, settings

SHOWN = frozenset({"summarized", "updates"})  # display values that carry the text


class ProgressInThinking(EachRequest):
    """Report streamed tool-using requests to Opus or Sonnet 5.5 whose progress text would go silent.

    Earlier models wrote short text between tool calls ("Let me check the logs..."), which
    apps stream as progress. Opus 5.5 and Sonnet 5.5 write it inside thinking blocks, and
    the default display "omitted" leaves those empty: a UI that streams text goes quiet
    during tool use. A streamed request (messages.stream or stream=True) with tools is
    reported unless its thinking already shows the text (display "summarized", or beta
    "updates") or is Sonnet 5.5's between_tools. The fix changes what is streamed and
    billed, so nothing is rewritten. Only requests that provably go to Claude are read (a
    Claude model in sight, or a call of the Anthropic SDK's Messages API): a request dict of
    the same shape built for another provider is left alone and not reported. A Bedrock
    converse_stream request with a toolConfig is read the same way, its thinking in
    additionalModelRequestFields.

    Before:  client.messages.stream(model="claude-opus-5-5", tools=TOOLS, ...)
    After:   (unchanged; reported: thinking={"type": "adaptive", "display": "summarized"})

    Source: what's new in Opus 5.5 and Sonnet 5.5, anthropic 2.15.0
    beta_thinking_config_adaptive_param.py (shared reference claude-5-5-facts.md, section 2.4).
    """

    code = "CM315"
    slug = "progress-in-thinking-5-5"
    models = MODELS
    target = (5, 5)
    safety = Safety.REPORT
    triggers = ()
    weak_triggers = (b"tools", b"toolConfig")

    def visit_Call(self, node: cst.Call) -> None:
        super().visit_Call(node)
        request = converse.converse_request(node, self.requests.constants)
        if request is None or not dotted_name(node.func).endswith(".converse_stream"):
            return
        if not any(a.keyword and a.keyword.value == "toolConfig" for a in node.args):
            return
        family = family_of(request.values, self.requests)
        if family in (OPUS, SONNET) and _goes_silent(settings(request.values, "thinking")):
            # message() fills {type} and {display}; the doubled braces are the dict's own.
            setting = converse.EXTRA + '={{"thinking": {{"type": "{type}"{display}}}}}'
            self.record_finding(node, self.code, message(family, setting, ', "display": "{value}"'))

    def visit_request(
        self, node: cst.Call | cst.Dict, values: Mapping[str, cst.BaseExpression]
    ) -> None:
        if not isinstance(node, cst.Call) or "tools" not in values:
            return
        stream = values.get("stream")
        streams = dotted_name(node.func).endswith(".messages.stream") or (
            isinstance(stream, cst.Name) and stream.value == "True"
        )
        family = family_of(values, self.requests)
        if not streams or family not in (OPUS, SONNET):
            return
        if not _goes_silent(settings(values, "thinking")):
            return
        self.record_finding(
            node,
            self.code,
            message(family, 'thinking={{"type": "{type}"{display}}}', ', "display": "{value}"'),
        )


def _goes_silent(thinking: Mapping[str, cst.BaseExpression]) -> bool:
    """Whether thinking set so leaves the text between tool calls empty in the stream."""
    kind = literal_text(thinking["type"]) if "type" in thinking else None
    display = literal_text(thinking["display"]) if "display" in thinking else None
    return display not in SHOWN and kind != "between_tools"


def message(family: str, setting: str, display: str) -> str:
    """The finding, with the thinking settings written as the language writes them: `setting`
    has holes for the type and the display part, `display` for its value (the other
    languages' rule, lang/features_5_5, writes `thinking: {{ type: "..." }}`)."""
    fix = setting.format(type="adaptive", display=display.format(value="summarized"))
    if family == SONNET:
        fix += " or " + setting.format(type="between_tools", display="")
    return (
        f"{MODELS.families[family].name} writes the text between tool calls inside thinking "
        "blocks, empty at the default display (omitted): streamed progress goes silent; "
        f"to keep it, set {fix} and stream the thinking deltas"
    )
