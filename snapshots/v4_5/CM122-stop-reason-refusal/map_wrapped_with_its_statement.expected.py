import anthropic


def finish(response):
    # The map would fit its line alone with the new entry; with the call around it, it would not.
    return {
        "end_turn": "stop",
        "max_tokens": "length",
        "tool_use": "tool_calls",
        "refusal": "content_filter",
    }.get(response.stop_reason, "stop")
