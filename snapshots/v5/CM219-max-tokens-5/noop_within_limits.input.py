def ok(client, model):
    client.messages.create(model="claude-sonnet-5", max_tokens=16000, messages=[])
    return client.messages.create(model=model, max_tokens=500000, messages=[])


OPUS = "claude-opus-5"


def streamed(client):
    # 100,000 is within Opus 5's ceiling, though above Haiku 4.5's.
    return client.messages.stream(model=OPUS, max_tokens=100_000, messages=[])
