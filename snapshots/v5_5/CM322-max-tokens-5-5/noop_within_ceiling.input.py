# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def long(text, model):
    client.messages.stream(model="claude-haiku-5-5", max_tokens=128000, messages=[])
    client.messages.stream(model=model, max_tokens=200000, messages=[])
    client.messages.stream(model="claude-haiku-4-5", max_tokens=200000, messages=[])
