from __future__ import annotations

from collections.abc import Mapping

import libcst as cst

from claude_migrate.authoring import EachRequest, Safety, literal_text, mapping_values

from .requests import MODELS, family_of
from .tools import PROGRAMMATIC_CALLERS, WEB_FETCH

FETCH_PREFIX: str = WEB_FETCH["type_prefix"]
NO_FETCH: tuple[str, ...] = tuple(WEB_FETCH["unavailable_for"])
CALLER_DEFAULT_TYPES: tuple[str, ...] = tuple(PROGRAMMATIC_CALLERS["default_types"])
NO_PROGRAMMATIC_CALLS: tuple[str, ...] = tuple(PROGRAMMATIC_CALLERS["unsupported_for"])


class WebTools(EachRequest):
    """Report web tools a 5-generation model cannot use as written: web fetch on Opus 5, default callers on Haiku 4.5.

    Opus 5 has no web fetch tool (Sonnet 5 has); whether the API answers 400 or ignores the
    tool is not documented, so a request to Opus 5 that lists web_fetch_* is reported. From
    20260209 on, web search and web fetch let code execution call them unless
    allowed_callers says otherwise; Haiku 4.5 has no programmatic tool calling and answers
    400 unless allowed_callers is ["direct"]. Both are reported at the tool, not rewritten:
    dropping a tool or choosing its callers is the application's decision. Only tools
    written in the request's own tools list are seen. Only requests that provably go to
    Claude are read (a Claude model in sight, or a call of the Anthropic SDK's Messages
    API): a request dict of the same shape built for another provider is left alone and not
    reported.

    Before:  client.messages.create(model="claude-opus-5", tools=[{"type": "web_fetch_20250910", ...}])
    After:   (unchanged; reported)

    Source: web-fetch and web-search tool docs, code-execution docs, migration guide (shared
    reference claude-5-facts.md, section 2.7 and judgement 7; codemods/v5/tools.toml).
    """

    code = "CM229"
    slug = "web-tools-5"
    models = MODELS
    target = (5, 0)
    safety = Safety.REPORT
    triggers = (FETCH_PREFIX.encode(), *(t.encode() for t in CALLER_DEFAULT_TYPES))

    def visit_request(
        self, node: cst.Call | cst.Dict, values: Mapping[str, cst.BaseExpression]
    ) -> None:
        tools = values.get("tools")
        if not isinstance(tools, cst.List):
            return
        family = family_of(values, self.requests)
        if family is None:
            return
        for element in tools.elements:
            settings = mapping_values(element.value) or {}
            kind = literal_text(settings["type"]) if "type" in settings else None
            if kind is None:
                continue
            if kind.startswith(FETCH_PREFIX) and family in NO_FETCH:
                self.record_finding(
                    element.value,
                    self.code,
                    f"{kind}: Opus 5 has no web fetch tool (Sonnet 5 has); drop the tool, or send "
                    "these requests to Sonnet 5",
                )
            elif (
                kind in CALLER_DEFAULT_TYPES
                and family in NO_PROGRAMMATIC_CALLS
                and "allowed_callers" not in settings
            ):
                self.record_finding(
                    element.value,
                    self.code,
                    f"{kind} lets code execution call it by default; Haiku 4.5 cannot and answers "
                    '400: add "allowed_callers": ["direct"]',
                )
