import anthropic

THINKING_BETAS = ["context-management-2025-06-27"]

req = {"model": "claude-opus-4-6", "max_tokens": 4000}
req["betas"] = THINKING_BETAS

# Not followed to a request: reported once, by this set.
DESCRIPTIONS = {"context-1m-2025-08-07": "1M context"}
