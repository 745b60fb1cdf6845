# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def cheap(text, model):
    # Haiku 4.5 still honours one of them (the 5 set's business); a model not in sight is left too.
    client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=512, temperature=0.2, messages=[])
    client.messages.create(model=model, max_tokens=512, temperature=0.2, messages=[])
    settings = {"temperature": 0.2}
    return settings
