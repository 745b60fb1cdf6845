# snapshot-options: to=5.5
from other_sdk import Client

client = Client()


def long(text):
    # Another SDK's messages.create: the anthropic SDK's client-side rule does not apply.
    return client.messages.create(model="claude-opus-5-5", max_tokens=64000, messages=[])
