def call(client, model):
    return client.beta.messages.create(
        model=model,
        max_tokens=1024,
        messages=[],
        betas=["mcp-client-2025-04-04", "computer-use-2025-01-24"],
    )
