import anthropic

# Still in beta on the 5 generation: kept wherever written.
KEEP = ["context-management-2025-06-27"]
req = {"model": "claude-opus-5", "max_tokens": 4000, "betas": ["compact-2026-01-12"]}
req["betas"] = KEEP
