# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def long(text):
    # --to 5.5: Haiku lands on Haiku 5.5 (128k), and the 5.5 set handles the SDK's streaming rule.
    client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=100000, messages=[])
    client.messages.create(model="claude-opus-5", max_tokens=64000, messages=[])
