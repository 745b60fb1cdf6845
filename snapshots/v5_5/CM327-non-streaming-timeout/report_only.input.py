# snapshot-options: to=5.5 report_only=CM327
import anthropic

client = anthropic.Anthropic()


def long(text):
    return client.messages.create(model="claude-sonnet-5-5", max_tokens=32000, messages=[])
