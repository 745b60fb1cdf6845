# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()

NEXT = {"end_turn": "done", "tool_use": "run_tools", "compaction": "resend"}
OPENAI = {"stop": "end_turn", "length": "max_tokens"}  # the other way round: not a stop-reason map


def step(messages):
    response = client.beta.messages.create(
        model="claude-opus-5-5", max_tokens=8192, messages=messages, compaction={"type": "summarize"}
    )
    return NEXT.get(response.stop_reason, "fail")
