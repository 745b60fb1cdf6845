# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def loop(messages):
    response = client.beta.messages.create(
        model="claude-opus-5-5", max_tokens=8192, messages=messages, compaction={"type": "summarize"}
    )
    if response.stop_reason == "end_turn":
        return response
    elif response.stop_reason == "compaction":
        return loop([response.content[0], *messages[-1:]])
    raise RuntimeError(response.stop_reason)

