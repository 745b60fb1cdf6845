import anthropic

client = anthropic.Anthropic()
SONNET = "claude-sonnet-5"

reply = client.messages.create(
    model=SONNET,
    max_tokens=1024,
    temperature=0.2,
    top_k=40,
    messages=[],
)
stream = client.messages.stream(model="claude-opus-5", max_tokens=1024, messages=[], top_p=0.9)
batch = client.messages.batches.create(
    requests=[{"custom_id": "a", "params": {"model": "claude-sonnet-5", "max_tokens": 10, "temperature": 0, "messages": []}}]
)
