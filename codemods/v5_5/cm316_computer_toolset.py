from __future__ import annotations

import libcst as cst
from claude_migrate.codemods.common.platforms import CLIENT_WORDS, platforms_of

from claude_migrate.authoring import (
    Codemod,
    FileContext,
    Safety,
    Scope,
    literal_text,
    mapping_values,
)

from .requests import DATA

COMPUTER = DATA["computer"]
TYPES = frozenset(COMPUTER["types"])
TOOLSET: str = COMPUTER["toolset"]
_FORMS = ("ToolComputerUse", "ComputerUseTool")


class ComputerToolset(Codemod):
    """Report the computer-use tool on the Claude API and Google Cloud, where the 5.5 models need the computer toolset.

    On the Claude API and Google Cloud, Opus 5.5 and Sonnet 5.5 reject computer_20251124 and
    Haiku 5.5 rejects computer_20250124: all three take computer_toolset_20260801 (no beta
    header, a non-beta tool; the loop dispatches on name and toolset_name, zoom is on and
    actions come in batches). That changes the agent loop, so each computer tool definition
    is reported, never rewritten; the 5 set's move to computer_20251124 does not run there.
    Code whose clients are all Bedrock clients keeps the beta tool and is left alone; where
    no client is created in the module, the finding says what each platform needs.

    Before:  tools=[{"type": "computer_20250124", "name": "computer", ...}]
    After:   (unchanged; reported)

    Source: what's new in Opus 5.5 and Sonnet 5.5, Haiku 5.5 migration guide #7, anthropic
    2.15.0 tool types (shared reference claude-5-5-facts.md, section 2.7 and judgement 9).
    """

    code = "CM316"
    slug = "computer-toolset-5-5"
    target = (5, 5)
    safety = Safety.REPORT
    # With the other SDKs' typed params of the tools (Go's OfComputerUseTool20250124 and
    # BetaToolComputerUse20250124Param, Java's and C#'s), reported there (lang/tool_versions).
    triggers = (
        *(t.encode() for t in sorted(TYPES)),
        *(f"{form}{t.rpartition('_')[2]}".encode() for t in sorted(TYPES) for form in _FORMS),
    )
    scope = Scope(reads=CLIENT_WORDS)  # the clients the module creates

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._platforms: frozenset[str] = frozenset()

    def visit_Module(self, node: cst.Module) -> None:
        self._platforms = platforms_of(node, self.context)

    def visit_Dict(self, node: cst.Dict) -> None:
        kind = (mapping_values(node) or {}).get("type")
        text = literal_text(kind) if kind is not None else None
        if text not in TYPES or (self._platforms and self._platforms <= {"bedrock"}):
            return
        where = (
            ""
            if self._platforms
            else " (on Bedrock, keep the beta tool: computer_20251124 with its header)"
        )
        self.record_finding(
            node,
            self.code,
            f"{text}: on the Claude API and Google Cloud the 5.5 models need {TOOLSET} (no beta "
            "header; dispatch on name and toolset_name, batched actions, zoom on): move the agent "
            f"loop by hand{where}",
        )
