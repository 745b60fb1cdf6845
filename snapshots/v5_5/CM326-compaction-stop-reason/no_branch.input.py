# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def loop(messages):
    while True:
        response = client.beta.messages.create(
            model="claude-opus-5-5",
            max_tokens=8192,
            messages=messages,
            compaction={"type": "summarize"},
            betas=["compact-2026-09-04"],
        )
        if response.stop_reason == "end_turn":
            return response
        elif response.stop_reason == "tool_use":
            messages = run_tools(messages, response)
        else:
            raise RuntimeError(response.stop_reason)


def kind(response):
    match response.stop_reason:
        case "end_turn" | "max_tokens":
            return "done"
        case _:
            return "other"


def run_tools(messages, response):
    return messages
