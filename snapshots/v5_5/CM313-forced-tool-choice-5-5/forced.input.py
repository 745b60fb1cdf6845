# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()
TOOLS = [{"name": "record", "input_schema": {"type": "object"}}]


def extract(text, model):
    client.messages.create(
        model="claude-opus-5-5", max_tokens=1024, tools=TOOLS, tool_choice={"type": "tool", "name": "record"}, messages=[]
    )
    client.messages.create(model="claude-sonnet-5-5", max_tokens=1024, tools=TOOLS, tool_choice={"type": "any"}, messages=[])
    client.messages.create(model=model, max_tokens=1024, tools=TOOLS, tool_choice={"type": "any"}, messages=[])
