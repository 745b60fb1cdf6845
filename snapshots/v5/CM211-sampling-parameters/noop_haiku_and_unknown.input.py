def haiku(client):
    return client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=10, temperature=0.5, messages=[])


def unknown(client, model):
    return client.messages.create(model=model, max_tokens=10, temperature=0.5, messages=[])


def openai(client):
    return client.chat.completions.create(model="gpt-4o", temperature=0.5, messages=[])
