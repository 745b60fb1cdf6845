import anthropic

client = anthropic.Anthropic()
OPUS = "claude-opus-5"
SONNET = "claude-sonnet-5"
HAIKU = "claude-haiku-4-5-20251001"
HAIKU_ALIAS = "claude-haiku-4-5"
OLDER_OPUS = "claude-opus-4-8"
OLDEST = "claude-3-haiku-20240307"
reply = client.messages.create(model="claude-sonnet-4-6", max_tokens=1024, messages=[])
GATEWAY = "anthropic/claude-haiku-4-5"
FSTRING = f"openrouter/anthropic/claude-opus-5"
