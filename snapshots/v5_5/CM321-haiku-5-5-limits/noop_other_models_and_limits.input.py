# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def cheap(messages):
    client.messages.count_tokens(model="claude-sonnet-5-5", messages=messages)
    client.messages.create(model="claude-opus-5-5", max_tokens=256, messages=messages)
    client.messages.create(model="claude-haiku-5-5", max_tokens=8192, messages=messages)
    client.messages.create(model="claude-haiku-4-5", max_tokens=256, messages=messages)
