# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def chat(history, text, options):
    history.append({"role": "user", "content": text})
    response = client.messages.create(model="claude-opus-5-5", max_tokens=4096, messages=history)
    history.append({"role": "assistant", "content": response.content})
    options.pop("debug", None)  # not the conversation
    return response


def summarize(history):
    # Text only, no thinking blocks, goes into another model's conversation.
    reply = client.messages.create(model="claude-sonnet-5-5", max_tokens=512, messages=history[-4:])
    return reply.content[0].text
