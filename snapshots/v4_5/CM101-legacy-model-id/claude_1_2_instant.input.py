from anthropic import Anthropic

client = Anthropic()
legacy = client.messages.create(model="claude-2.1", max_tokens=300, messages=[])
older = client.messages.create(model="claude-instant-1.2", max_tokens=300, messages=[])
oldest = client.messages.create(model="claude-1.3-100k", max_tokens=300, messages=[])
moving = client.messages.create(model="claude-2", max_tokens=300, messages=[])
