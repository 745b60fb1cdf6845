def big(client):
    with client.messages.stream(model="claude-opus-5", max_tokens=300_000, messages=[]) as stream:
        return stream.get_final_message()


def haiku(client):
    return client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=100000, messages=[])
