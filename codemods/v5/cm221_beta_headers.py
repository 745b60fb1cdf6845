import libcst as cst
from claude_migrate.codemods.v4_5.cm119_beta_headers import BetaHeaders

from claude_migrate.authoring import RunOptions, Safety

from .cm223_computer_use import OLD_HEADERS as COMPUTER_HEADERS
from .requests import MODELS

REMOVE = frozenset(
    {
        # generally available, or ignored by the 5 generation
        "effort-2025-11-24",
        "fine-grained-tool-streaming-2025-05-14",
        "interleaved-thinking-2025-05-14",
        "context-1m-2025-08-07",
        "structured-outputs-2025-11-13",
        "advanced-tool-use-2025-11-20",
        "code-execution-2025-05-22",
        "code-execution-2025-08-25",
        "web-fetch-2025-09-10",
        # no effect since Claude 4 (removed by the 4.5 set too)
        "token-efficient-tools-2025-02-19",
        "output-128k-2025-02-19",
    }
)
MANUAL = {
    "computer-use-2024-10-22": "Opus 5 and Sonnet 5 take computer_20251124 with computer-use-2025-11-24, "
    "or the computer_20260801 toolset with no header; change the tool and the header together",
    "computer-use-2025-01-24": "Opus 5 and Sonnet 5 do not list computer_20250124; use computer_20251124 "
    "with computer-use-2025-11-24 (same parameters, enable_zoom off by default)",
    "mcp-client-2025-04-04": "the MCP connector's header is mcp-client-2025-11-20, and the server's tool "
    "configuration moves into an mcp_toolset entry in tools; rewrite by hand",
}


class BetaHeadersTo5(BetaHeaders):
    """Remove the beta headers the 5 generation no longer needs, and report the computer-use ones.

    effort, fine-grained tool streaming, interleaved thinking, 1M context, structured
    outputs, advanced tool use, code execution and web fetch headers are generally available
    or ignored on Opus 5 and Sonnet 5: removed (a list or header left empty goes too). The
    computer-use headers change together with the tool version: where CM223 is in the run
    it moves them with the tool (or reports that it would) and this codemod says nothing of
    them; otherwise they are reported here (CM222). Headers still in beta (context management, compaction, fast mode, fallbacks...) stay.

    Before:  betas=["interleaved-thinking-2025-05-14", "context-1m-2025-08-07"]
    After:   (betas removed)

    Source: beta headers, migration guide, release notes (shared reference
    claude-5-facts.md, section 2.8).
    """

    code = "CM221"
    slug = "beta-headers-5"
    target = (5, 0)
    safety = Safety.SAFE
    triggers = tuple(h.encode() for h in (*REMOVE, *MANUAL))
    finding_codes = {"CM222": "beta header to change by hand for the 5 generation"}
    remove = REMOVE
    rename = {}
    manual = MANUAL
    manual_code = "CM222"
    computer = None
    models = MODELS
    removal_reason = "generally available or ignored on the 5 generation"

    @classmethod
    def defers(cls, name: str, options: RunOptions) -> bool:
        """A computer-use header this codemod says nothing of, in Python and the other
        languages alike (lang/betas)."""
        # In a run to a later set the computer-use headers go with that set's tool rule (the
        # 5.5 models take the toolset off Bedrock), so this set's advice would mislead.
        if name.startswith("computer-use-") and options.target > cls.target:
            return True
        # CM223 moves these with the tool (or, without --unsafe, reports that it would): a
        # CM222 beside it would say the same thing again, or ask for what is already done.
        return name in COMPUTER_HEADERS and "CM223" in options.running

    def _header(self, node: cst.CSTNode, name: str) -> str | None:
        if self.defers(name, self.context.options):
            return name
        return super()._header(node, name)
