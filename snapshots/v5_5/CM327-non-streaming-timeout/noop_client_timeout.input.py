# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic(timeout=3600)


def long(text):
    return client.messages.create(model="claude-opus-5-5", max_tokens=64000, messages=[])
