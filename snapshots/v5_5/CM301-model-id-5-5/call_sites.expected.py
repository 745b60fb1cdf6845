import anthropic

client = anthropic.Anthropic()
OPUS = "claude-opus-5-5"
SONNET = "claude-sonnet-5-5"
HAIKU = "claude-haiku-5-5"
HAIKU_ALIAS = "claude-haiku-5-5"
OLDER_OPUS = "claude-opus-5-5"
OLDEST = "claude-haiku-5-5"
reply = client.messages.create(model="claude-sonnet-5-5", max_tokens=1024, messages=[])
GATEWAY = "anthropic/claude-haiku-5-5"
FSTRING = f"openrouter/anthropic/claude-opus-5-5"
