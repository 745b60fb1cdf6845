# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def with_fallback(history):
    response = client.messages.create(model="claude-opus-5", max_tokens=4096, messages=history)
    response = client.messages.create(model="claude-sonnet-5", max_tokens=4096, messages=history)
    history.append({"role": "assistant", "content": response.content})
