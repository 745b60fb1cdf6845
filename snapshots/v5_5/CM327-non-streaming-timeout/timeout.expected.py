# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def long(text, model):
    client.messages.create(model="claude-opus-5-5", max_tokens=64000, messages=[], timeout=1800)
    return client.messages.parse(
        model=model,
        max_tokens=128000,
        messages=[{"role": "user", "content": text}],
        timeout=3600,
    )
