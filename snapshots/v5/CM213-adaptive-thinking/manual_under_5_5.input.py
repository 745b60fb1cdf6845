# snapshot-options: to=5.5
def think(client):
    return client.messages.create(
        model="claude-opus-5", max_tokens=8000, thinking={"type": "enabled", "budget_tokens": 4096}, messages=[]
    )
