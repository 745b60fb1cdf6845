import anthropic

client = anthropic.Anthropic()


def chat(messages):
    while True:
        response = client.messages.create(model="claude-sonnet-4-5-20250929", max_tokens=1024, messages=messages)
        if response.stop_reason == "end_turn":
            return response.content[0].text
        elif response.stop_reason == "max_tokens":
            messages.append({"role": "assistant", "content": response.content})
            continue
        elif response.stop_reason == "tool_use":
            messages.append(run_tools(response))
        elif response.stop_reason == "refusal":
            raise RuntimeError(
                "Claude declined this request (stop_reason 'refusal'); see the response's stop_details"
            )
        else:
            raise RuntimeError(f"unexpected stop reason: {response.stop_reason}")


def truncated(message) -> bool:
    reason = message.stop_reason
    return reason == "max_tokens"


def finished(message) -> bool:
    return message["stop_reason"] != "max_tokens"


def needs_more(message) -> bool:
    return message.stop_reason in ("max_tokens", "pause_turn")
