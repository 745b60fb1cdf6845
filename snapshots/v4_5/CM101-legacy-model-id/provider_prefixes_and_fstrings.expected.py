provider = "anthropic"
LITELLM = "anthropic/claude-sonnet-4-5-20250929"
PYDANTIC_AI = "anthropic:claude-haiku-4-5"
MESSAGES = "anthropic:messages:claude-opus-4-5-20251101"
VERTEX = "vertex_ai/claude-sonnet-4-5@20250929"
DYNAMIC = f"{provider}/claude-haiku-4-5-20251001"
NESTED = f"{provider}:{'claude-opus-4-5'}"
PARTS = ("anthropic/" "claude-sonnet-4-5-20250929")
