from __future__ import annotations

from collections.abc import Mapping

import libcst as cst
from claude_migrate.codemods.common import converse
from claude_migrate.codemods.common.platforms import CLIENT_WORDS, platforms_of

from claude_migrate.authoring import EachRequest, FileContext, Safety, Scope, literal_text

from .requests import DATA, HAIKU, MODELS, OPUS, family_of

UNAVAILABLE = DATA["unavailable"]
FALLBACK: str = UNAVAILABLE["fallback_header"]
FAST: str = UNAVAILABLE["fast_speed"]


class UnavailableFeatures(EachRequest):
    """Report features a 5.5 request asks for that its model does not have: Haiku 5.5's refusal fallback, fast mode on Bedrock.

    Haiku 5.5 has no server-side fallback: a refusal is final, so a request that sends the
    server-side-fallback beta header to it gets no fallback answer and needs its own refusal
    handling. Opus 5.5 on Bedrock has no fast mode (speed="fast"), per a third-party test;
    reported where every client the module creates is a Bedrock client. Nothing is changed:
    what to do instead is the application's choice. Only requests that provably go to Claude
    are read (a Claude model in sight, or a call of the Anthropic SDK's Messages API): a
    request dict of the same shape built for another provider is left alone and not
    reported. A Bedrock Converse request is read too, its settings in
    additionalModelRequestFields (speed, anthropic_beta).

    Before:  client.beta.messages.create(model="claude-haiku-5-5", betas=["server-side-fallback-2026-07-01"], ...)
    After:   (unchanged; reported)

    Source: Haiku 5.5 migration guide #10; a Bedrock test of Opus 5.5 (shared reference
    claude-5-5-facts.md, sections 2.5 and 2.10).
    """

    code = "CM328"
    slug = "unavailable-features-5-5"
    models = MODELS
    target = (5, 5)
    safety = Safety.REPORT
    triggers = (FALLBACK.encode(),)
    weak_triggers = (b"speed",)
    scope = Scope(reads=CLIENT_WORDS)  # the clients the module creates

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._bedrock_only = False

    def visit_Module(self, node: cst.Module) -> bool | None:
        platforms = platforms_of(node, self.context)
        self._bedrock_only = bool(platforms) and platforms <= {"bedrock"}
        return super().visit_Module(node)

    def visit_Call(self, node: cst.Call) -> None:
        super().visit_Call(node)
        request = converse.converse_request(node, self.requests.constants)
        if request is None:
            return
        family = family_of(request.values, self.requests)
        betas = request.values.get("anthropic_beta")
        if family == HAIKU and FALLBACK in _names(betas):
            self.record_finding(betas or node, self.code, FALLBACK_MESSAGE)
        speed = request.values.get("speed")
        if family == OPUS and speed is not None and literal_text(speed) == FAST:
            # Converse is Bedrock's own API: no need to see how the clients were made.
            setting = f'{converse.EXTRA} "speed": "{FAST}"'
            self.record_finding(speed, self.code, fast_message(setting))

    def visit_request(
        self, node: cst.Call | cst.Dict, values: Mapping[str, cst.BaseExpression]
    ) -> None:
        family = family_of(values, self.requests)
        betas = values.get("betas")
        if family == HAIKU and FALLBACK in _names(betas):
            self.record_finding(betas or node, self.code, FALLBACK_MESSAGE)
        speed = values.get("speed")
        if (
            family == OPUS
            and self._bedrock_only
            and speed is not None
            and literal_text(speed) == FAST
        ):
            self.record_finding(speed, self.code, fast_message(f'speed="{FAST}"'))


def _names(betas: cst.BaseExpression | None) -> set[str | None]:
    """The beta names of a literal list."""
    if not isinstance(betas, cst.List):
        return set()
    return {literal_text(e.value) for e in betas.elements}


# The findings; the other languages' rule (lang/features_5_5) gives the same.
FALLBACK_MESSAGE = (
    f"{FALLBACK}: Haiku 5.5 has no server-side fallback, so a refusal is final; "
    'handle stop_reason "refusal" in the code'
)


def fast_message(setting: str) -> str:
    """`setting`: the speed setting as the language writes it."""
    return (
        f"{setting}: Opus 5.5 on Bedrock has no fast mode (a third-party test; Anthropic does "
        "not say); drop it or check that it works in your region"
    )
