# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()
TOOLS = [{"name": "search", "input_schema": {"type": "object"}}]


def agent(messages):
    with client.messages.stream(model="claude-opus-5-5", max_tokens=8192, tools=TOOLS, messages=messages) as stream:
        for text in stream.text_stream:
            print(text, end="")
    return client.messages.create(model="claude-sonnet-5-5", max_tokens=8192, tools=TOOLS, stream=True, messages=messages)
