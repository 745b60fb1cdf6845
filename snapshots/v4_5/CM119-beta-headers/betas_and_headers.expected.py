import anthropic

client = anthropic.Anthropic()

response = client.beta.messages.create(
    model="claude-sonnet-4-5-20250929",
    max_tokens=64000,
    messages=[],
    betas=["interleaved-thinking-2025-05-14"],
)

only_old = client.beta.messages.create(
    model="claude-haiku-4-5-20251001",
    max_tokens=1024,
    messages=[],
)

raw = client.messages.create(
    model="claude-opus-4-5-20251101",
    max_tokens=1024,
    messages=[],
    extra_headers={"anthropic-beta": "computer-use-2025-11-24,code-execution-2025-05-22", "x-trace": "1"},
)

cached = client.messages.create(
    model="claude-haiku-4-5-20251001",
    max_tokens=1024,
    messages=[],
)
