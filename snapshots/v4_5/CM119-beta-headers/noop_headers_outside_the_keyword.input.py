import anthropic

# Current headers in every place the rule reads: nothing to change.
FILES = ["files-api-2025-04-14"]
req = {"model": "claude-sonnet-4-5", "max_tokens": 4000, "betas": ["context-management-2025-06-27"]}
opts = {"model": "claude-sonnet-4-5", "max_tokens": 4000}
opts["betas"] = FILES
EMPTY = {"betas": []}
