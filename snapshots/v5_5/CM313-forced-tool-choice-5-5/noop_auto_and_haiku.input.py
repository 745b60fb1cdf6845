# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()
TOOLS = [{"name": "record", "input_schema": {"type": "object"}}]


def extract(text):
    client.messages.create(model="claude-opus-5-5", max_tokens=1024, tools=TOOLS, tool_choice={"type": "auto"}, messages=[])
    client.messages.create(model="claude-sonnet-5-5", max_tokens=1024, tools=TOOLS, tool_choice={"type": "none"}, messages=[])
    client.messages.create(model="claude-haiku-5-5", max_tokens=1024, tools=TOOLS, tool_choice={"type": "any"}, messages=[])
    client.messages.create(model="claude-sonnet-5", max_tokens=1024, tools=TOOLS, tool_choice={"type": "any"}, messages=[])
