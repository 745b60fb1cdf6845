# snapshot-options: sdk=1
def haiku(client):
    return client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=10, messages=[], extra_body={"temperature": 0.5})
