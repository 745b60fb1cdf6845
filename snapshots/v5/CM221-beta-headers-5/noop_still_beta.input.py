def keep(client):
    return client.beta.messages.create(model="claude-opus-5", max_tokens=10, messages=[], betas=["fast-mode-2026-02-01"])
