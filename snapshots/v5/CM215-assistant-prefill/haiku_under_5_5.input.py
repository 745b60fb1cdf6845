# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def start_json(text):
    return client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=512,
        messages=[{"role": "user", "content": text}, {"role": "assistant", "content": "{"}],
    )
