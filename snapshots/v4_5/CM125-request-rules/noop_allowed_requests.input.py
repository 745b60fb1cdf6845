def ask(client, prompt):
    return client.messages.create(
        model="claude-sonnet-4-5-20250929",
        max_tokens=64000,
        temperature=0.2,
        messages=[{"role": "user", "content": prompt}],
    )


def openai(client):
    return client.chat.completions.create(model="gpt-4o", max_tokens=128000, temperature=0.2, top_p=0.9, messages=[])


GENERATION = {"top_p": 0.9, "temperature": 0.1}


def newer_model(client):
    return client.messages.create(model="claude-opus-5", max_tokens=128000, messages=[])
