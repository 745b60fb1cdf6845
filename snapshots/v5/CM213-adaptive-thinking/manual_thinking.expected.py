def think(client):
    return client.messages.create(
        model="claude-opus-5",
        max_tokens=32000,
        thinking={"type": "adaptive", "display": "summarized"},
        messages=[],
    )


def quick(client):
    return client.messages.create(model="claude-sonnet-5", max_tokens=8000, thinking={"type": "adaptive"}, messages=[])


def off(client):
    return client.messages.create(
        model="claude-opus-5",
        max_tokens=8000,
        thinking={"type": "disabled"},
        output_config={"effort": "max"},
        messages=[],
    )
