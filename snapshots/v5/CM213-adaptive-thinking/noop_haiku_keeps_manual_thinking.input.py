def think(client):
    return client.messages.create(
        model="claude-haiku-4-5", max_tokens=8000, thinking={"type": "enabled", "budget_tokens": 2048}, messages=[]
    )


ADAPTIVE = dict(thinking={"type": "adaptive"})
