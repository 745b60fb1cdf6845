def finish_reason(stop_reason):
    if stop_reason == "end_turn": return "stop"
    elif stop_reason == "max_tokens": return "length"
    elif stop_reason == "tool_use": return "tool_calls"
    else: raise GatewayError(stop_reason)


def to_openai(message):
    if message.stop_reason == "end_turn":
        finish = "stop"
    elif message.stop_reason == "max_tokens":
        finish = "length"
    else:
        finish = None
    return finish
