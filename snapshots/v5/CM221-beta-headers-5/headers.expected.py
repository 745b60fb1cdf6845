def agent(client):
    return client.beta.messages.create(
        model="claude-opus-5",
        max_tokens=4096,
        messages=[],
        betas=["compact-2026-01-12"],
    )


def structured(client):
    return client.beta.messages.create(model="claude-sonnet-5", max_tokens=10, messages=[])


def computer(client, model):
    return client.beta.messages.create(model=model, max_tokens=10, messages=[], betas=["computer-use-2025-01-24"])
