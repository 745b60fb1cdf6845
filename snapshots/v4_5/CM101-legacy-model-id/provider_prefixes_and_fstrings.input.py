provider = "anthropic"
LITELLM = "anthropic/claude-3-5-sonnet-20241022"
PYDANTIC_AI = "anthropic:claude-3-5-haiku-latest"
MESSAGES = "anthropic:messages:claude-3-opus-20240229"
VERTEX = "vertex_ai/claude-3-5-sonnet-v2@20241022"
DYNAMIC = f"{provider}/claude-3-haiku-20240307"
NESTED = f"{provider}:{'claude-3-opus-latest'}"
PARTS = ("anthropic/" "claude-3-7-sonnet-20250219")
