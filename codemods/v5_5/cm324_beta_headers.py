from __future__ import annotations

from claude_migrate.codemods.v4_5.cm119_beta_headers import BetaHeaders

from claude_migrate.authoring import Safety

from .requests import DATA, MODELS

BETAS = DATA["betas"]
REMOVE = frozenset(BETAS["remove"])
MANUAL: dict[str, str] = BETAS["manual"]


class BetaHeaders55(BetaHeaders):
    """Remove the beta headers that are generally available for the 5.5 set, and report the ones that select beta shapes.

    Prompt caching, PDFs, token counting, token-efficient tools, the extended cache TTL,
    cache diagnostics, CE user management and message batches are generally available (the
    API still accepts the headers; the SDKs drop the literals); interleaved thinking and
    effort need no header. They are removed from betas=[...] and from an "anthropic-beta"
    header (a list or header left empty goes too). The Files API and Skills headers select
    beta response shapes: reported, since the code reading the responses may need them.
    Headers still in beta (compaction, inline tools, MCP client, thinking binding and
    display...) and the computer-use ones (they go only with the move to the toolset) stay.

    Before:  betas=["prompt-caching-2024-07-31", "compact-2026-09-04"]
    After:   betas=["compact-2026-09-04"]

    Source: anthropic SDK changelog 2.9.0 and 1.9.0, AnthropicBetaParam in 2.15.0 (shared
    reference claude-5-5-facts.md, section 2.8).
    """

    code = "CM324"
    slug = "beta-headers-5-5"
    target = (5, 5)
    safety = Safety.SAFE
    triggers = tuple(h.encode() for h in (*sorted(REMOVE), *MANUAL))
    finding_codes = {"CM325": "beta header to decide on by hand for the 5.5 set"}
    remove = REMOVE
    rename = {}
    manual = MANUAL
    manual_code = "CM325"
    computer = None
    models = MODELS
    removal_reason = "generally available, or no header needed, for the 5.5 set"
