# snapshot-options: to=5.5
import anthropic

OUTPUT_CAP = 64000


def draft(client, text, model, **kw):
    client.messages.create(model="claude-opus-5-5", max_tokens=OUTPUT_CAP, messages=text)
    # The model cannot be seen: its ceiling is unknown here.
    client.messages.create(model=model, max_tokens=kw.get("max_tokens", 250000), messages=text)
