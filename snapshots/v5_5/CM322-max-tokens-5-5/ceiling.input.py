# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def long(text):
    with client.messages.stream(model="claude-haiku-5-5", max_tokens=200_000, messages=[]) as stream:
        return stream.get_final_message()


BATCH = {"model": "claude-opus-5-5", "max_tokens": 300000, "messages": []}
