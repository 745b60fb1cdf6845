# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()
FAST = "claude-haiku-5-5"


def cheap(messages):
    budget = client.messages.count_tokens(model=FAST, messages=messages)
    client.messages.create(model=FAST, max_tokens=256, messages=messages)
    client.messages.create(model=FAST, max_tokens=8192, service_tier="auto", messages=messages)
    return budget
