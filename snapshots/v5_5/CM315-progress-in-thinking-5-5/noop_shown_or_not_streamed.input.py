# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()
TOOLS = [{"name": "search", "input_schema": {"type": "object"}}]


def agent(messages):
    client.messages.stream(
        model="claude-opus-5-5", max_tokens=8192, tools=TOOLS, thinking={"type": "adaptive", "display": "summarized"}, messages=messages
    )
    client.messages.stream(model="claude-sonnet-5-5", max_tokens=8192, tools=TOOLS, thinking={"type": "between_tools"}, messages=messages)
    client.messages.create(model="claude-opus-5-5", max_tokens=8192, tools=TOOLS, messages=messages)
    client.messages.stream(model="claude-haiku-5-5", max_tokens=8192, tools=TOOLS, messages=messages)
    client.messages.stream(model="claude-opus-5-5", max_tokens=8192, messages=messages)
