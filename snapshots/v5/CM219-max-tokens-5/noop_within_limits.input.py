def ok(client, model):
    client.messages.create(model="claude-sonnet-5", max_tokens=16000, messages=[])
    return client.messages.create(model=model, max_tokens=500000, messages=[])
