# snapshot-options: to=5
import anthropic

DEFAULT_MODEL = "claude-3-7-sonnet-20250219"
OUTPUT_LIMIT = {"claude-3-7-sonnet-20250219": 64000, "claude-3-5-sonnet-20241022": 8192}
limit = OUTPUT_LIMIT.get(DEFAULT_MODEL, 4096)
