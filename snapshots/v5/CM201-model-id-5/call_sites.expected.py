import anthropic

client = anthropic.Anthropic()
SONNET = "claude-sonnet-5"
SONNET_ALIAS = "claude-sonnet-5"
OPUS = "claude-opus-5"
NEWER = ["claude-opus-5"]
LATEST_SONNET = "claude-sonnet-5"
HAIKU = "claude-haiku-4-5-20251001"
reply = client.messages.create(model="claude-opus-5", max_tokens=1024, messages=[])
