# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def with_fallback(history):
    try:
        response = client.messages.create(model="claude-opus-5-5", max_tokens=4096, messages=history)
    except anthropic.APIStatusError:
        response = client.messages.create(model="claude-sonnet-5-5", max_tokens=4096, messages=history)
    history.append({"role": "assistant", "content": response.content})
    return response


def chat(history, text):
    history.append({"role": "user", "content": text})
    response = client.messages.create(model="claude-opus-5-5", max_tokens=4096, messages=history[-20:])
    history.append({"role": "assistant", "content": response.content})


def forget(history):
    response = client.messages.create(model="claude-haiku-5-5", max_tokens=1024, messages=history)
    history.append({"role": response.role, "content": response.content})
    del history[1]
