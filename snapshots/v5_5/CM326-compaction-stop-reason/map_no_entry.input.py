# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()

NEXT = {"end_turn": "done", "tool_use": "run_tools", "max_tokens": "continue"}
SETTINGS = {"type": "summarize", "instructions": "keep the decisions"}


def step(messages):
    response = client.beta.messages.create(
        model="claude-opus-5-5", max_tokens=8192, messages=messages, compaction=SETTINGS
    )
    return NEXT.get(response.stop_reason, "fail")
