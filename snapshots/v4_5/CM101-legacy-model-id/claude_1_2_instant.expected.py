from anthropic import Anthropic

client = Anthropic()
legacy = client.messages.create(model="claude-sonnet-4-5-20250929", max_tokens=300, messages=[])
older = client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=300, messages=[])
oldest = client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=300, messages=[])
moving = client.messages.create(model="claude-sonnet-4-5", max_tokens=300, messages=[])
