def call(client):
    return client.beta.messages.create(
        model="claude-sonnet-4-5-20250929",
        max_tokens=1024,
        messages=[],
        betas=["computer-use-2025-01-24", "interleaved-thinking-2025-05-14"],
    )
