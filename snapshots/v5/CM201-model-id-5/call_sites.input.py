import anthropic

client = anthropic.Anthropic()
SONNET = "claude-sonnet-4-5-20250929"
SONNET_ALIAS = "claude-sonnet-4-5"
OPUS = "claude-opus-4-5-20251101"
NEWER = ["claude-opus-4-8"]
LATEST_SONNET = "claude-sonnet-4-6"
HAIKU = "claude-haiku-4-5-20251001"
reply = client.messages.create(model="claude-opus-4-6", max_tokens=1024, messages=[])
