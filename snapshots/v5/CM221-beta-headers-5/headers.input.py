def agent(client):
    return client.beta.messages.create(
        model="claude-opus-5",
        max_tokens=4096,
        messages=[],
        betas=["interleaved-thinking-2025-05-14", "context-1m-2025-08-07", "compact-2026-01-12"],
    )


def structured(client):
    return client.beta.messages.create(model="claude-sonnet-5", max_tokens=10, messages=[], betas=["structured-outputs-2025-11-13"])


def computer(client, model):
    return client.beta.messages.create(model=model, max_tokens=10, messages=[], betas=["computer-use-2025-01-24"])
