def big(client):
    with client.messages.stream(model="claude-opus-5", max_tokens=128_000, messages=[]) as stream:
        return stream.get_final_message()


def haiku(client):
    return client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=64000, messages=[])


WRITER = "claude-sonnet-5"


def from_constant(client):
    return client.messages.stream(model=WRITER, max_tokens=128000, messages=[])


def batch(texts):
    return [
        {"custom_id": str(i), "params": {"model": "claude-opus-5", "max_tokens": 128_000, "messages": [{"role": "user", "content": t}]}}
        for i, t in enumerate(texts)
    ]
