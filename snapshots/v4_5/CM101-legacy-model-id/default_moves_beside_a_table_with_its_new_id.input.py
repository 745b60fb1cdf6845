import anthropic

# The mirror: the default moves, and the table already has the new ID as a key.
DEFAULT_MODEL = "claude-3-7-sonnet-20250219"
OUTPUT_LIMIT = {"claude-3-7-sonnet-20250219": 64000, "claude-sonnet-4-5-20250929": 64000}
limit = OUTPUT_LIMIT.get(DEFAULT_MODEL, 4096)
