from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import libcst as cst
from claude_migrate.codemods.common import converse

from claude_migrate.authoring import EachRequest, Safety, dotted_name, sets_key

from .requests import DATA, HAIKU, MODELS, OPUS, SONNET, code, effort, family_of

DEFAULTS = DATA["effort_default"]


class ThinkingDefaults55(EachRequest):
    """Report 5.5 requests that rely on a default that changed: effort, and thinking on by default.

    A request that sets no output_config effort gets the model's default: medium on Opus 5.5
    (Opus 5: high, so less thinking than before) and on Haiku 5.5 (Haiku 4.5 had no effort).
    A request that sets no thinking thinks adaptively on all three (Haiku 4.5 did not
    think): thinking is billed as output and counts against max_tokens. Each such request is
    reported once, with what keeps the old behaviour on that model (an explicit effort;
    between_tools on Sonnet 5.5; disabled on Haiku 5.5 up to effort high; Opus 5.5 cannot
    stop thinking). Adding an effort is a choice, so nothing is changed. Also reported:
    Haiku 5.5 at effort xhigh, which in multi-turn chat can end a turn with the whole answer
    inside thinking and no text. Token counting, **kwargs and thinking set in extra_body are
    left alone. Only requests that provably go to Claude are read (a Claude model in sight,
    or a call of the Anthropic SDK's Messages API): a request dict of the same shape built
    for another provider is left alone and not reported. A Bedrock Converse request to a
    5.5 model gets the same report, in its own terms: effort and thinking go in
    additionalModelRequestFields, the output limit is inferenceConfig maxTokens.

    Before:  client.messages.create(model="claude-opus-5-5", max_tokens=1024, messages=...)
    After:   (unchanged; reported)

    Source: model overviews, what's new in Opus 5.5, prompting Haiku 5.5, migration guides
    (shared reference claude-5-5-facts.md, sections 2.1 and 2.3).
    """

    code = "CM312"
    slug = "thinking-effort-defaults-5-5"
    models = MODELS
    target = (5, 5)
    safety = Safety.REPORT
    triggers = ()
    # Every Messages request has max_tokens; a Converse request names its own dicts.
    weak_triggers = (b"max_tokens", *converse.TRIGGERS, b"converse(")

    def visit_Call(self, node: cst.Call) -> None:
        request = converse.converse_request(node, self.requests.constants)
        if request is None:
            super().visit_Call(node)
            return
        self._report(node, request.values, on_converse=True)

    def visit_request(
        self, node: cst.Call | cst.Dict, values: Mapping[str, cst.BaseExpression]
    ) -> None:
        self._report(node, values, on_converse=False)

    def _report(
        self,
        node: cst.Call | cst.Dict,
        values: Mapping[str, cst.BaseExpression],
        on_converse: bool,
    ) -> None:
        if isinstance(node, cst.Call) and (
            dotted_name(node.func).endswith(".count_tokens") or any(a.star for a in node.args)
        ):
            return
        if isinstance(node, cst.Dict) and any(
            isinstance(e, cst.StarredDictElement) for e in node.elements
        ):
            return
        family = family_of(values, self.requests)
        if family not in (OPUS, SONNET, HAIKU):
            return
        effort_set, level = effort(values)
        limit = values.get("max_tokens")
        limit_name = f"{converse.CONFIG} maxTokens" if on_converse else "max_tokens"
        text = message(
            family,
            Written(
                limit=f"{limit_name}={code(limit)}" if limit is not None else limit_name,
                set_effort=converse.EFFORT if on_converse else 'output_config={"effort": ...}',
                thinking=lambda kind: _thinking(kind, on_converse),
            ),
            effort_set=effort_set,
            level=level,
            thinks=not sets_key(values, "thinking"),
        )
        if text is not None:
            self.record_finding(node, self.code, text)


@dataclass(frozen=True)
class Written:
    """How the language writes what the message names (lang/requests_5_5 gives TypeScript's)."""

    limit: str  # the request's output limit: max_tokens=1024
    set_effort: str  # how to set an effort: output_config={"effort": ...}
    thinking: Callable[[str], str]  # a thinking setting of a type: thinking={"type": "disabled"}


def message(
    family: str, written: Written, *, effort_set: bool, level: str | None, thinks: bool
) -> str | None:
    """The finding for a 5.5 request that relies on a changed default (None: it does not)."""
    notes = []
    if not effort_set and family in (OPUS, HAIKU):
        row = DEFAULTS[family]
        notes.append(
            f"no effort is set, so it runs at {row['default']} (before: {row['before']}); set "
            f"{written.set_effort} to choose"
        )
    if thinks:
        keep = {
            OPUS: "Opus 5.5 cannot stop thinking: a lower effort is the way to think less",
            SONNET: f"{written.thinking('between_tools')} thinks less (disabled is a 400)",
            HAIKU: f"{written.thinking('disabled')} keeps Haiku 4.5's behaviour (effort up to high)",
        }[family]
        notes.append(
            "it thinks by default: thinking is billed as output and counts against "
            f"{written.limit}; " + keep
        )
    if family == HAIKU and level == "xhigh":
        notes.append(
            "at effort xhigh a multi-turn turn can end with the whole answer inside thinking "
            "and no text: handle an empty text"
        )
    if not notes:
        return None
    return f"{MODELS.families[family].name}: " + "; ".join(notes)


def _thinking(kind: str, on_converse: bool) -> str:
    """A thinking setting as the request writes it: a Converse request in its model's fields."""
    if on_converse:
        return f'{converse.EXTRA}={{"thinking": {{"type": "{kind}"}}}}'
    return f'thinking={{"type": "{kind}"}}'
