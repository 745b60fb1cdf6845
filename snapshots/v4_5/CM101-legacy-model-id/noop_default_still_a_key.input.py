import anthropic

# The table already knows the new ID: the lookup still hits.
DEFAULT_MODEL = "claude-sonnet-4-5-20250929"
OUTPUT_LIMIT = {"claude-3-7-sonnet-20250219": 64000, "claude-sonnet-4-5-20250929": 64000}
limit = OUTPUT_LIMIT.get(DEFAULT_MODEL, 4096)
