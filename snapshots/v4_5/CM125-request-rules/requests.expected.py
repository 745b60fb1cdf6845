import anthropic

client = anthropic.Anthropic()

response = client.messages.create(
    model="claude-sonnet-4-5-20250929",
    max_tokens=64_000,
    temperature=0.2,
    messages=[],
)

with client.beta.messages.stream(model="claude-haiku-4-5-20251001", max_tokens=4096, temperature=1.0, messages=[]) as stream:
    pass

thinking = client.messages.create(
    model="claude-opus-4-5-20251101",
    max_tokens=16000,
    thinking={"type": "enabled", "budget_tokens": 16000},
    messages=[],
)

batch = client.messages.batches.create(
    requests=[
        {
            "custom_id": "a",
            "params": {"model": "claude-sonnet-4-5-20250929", "max_tokens": 64000, "temperature": 0.5, "messages": []},
        }
    ]
)
