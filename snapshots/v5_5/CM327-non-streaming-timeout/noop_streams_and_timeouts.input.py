# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def long(text, **options):
    client.messages.create(model="claude-opus-5-5", max_tokens=21333, messages=[])
    client.messages.create(model="claude-opus-5-5", max_tokens=64000, stream=True, messages=[])
    client.messages.create(model="claude-opus-5-5", max_tokens=64000, timeout=1200, messages=[])
    client.messages.create(model="claude-opus-5-5", max_tokens=64000, messages=[], **options)
    client.messages.stream(model="claude-opus-5-5", max_tokens=64000, messages=[])
