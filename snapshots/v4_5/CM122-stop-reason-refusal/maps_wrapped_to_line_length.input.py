import anthropic

FINISH = {"end_turn": "stop", "max_tokens": "length", "tool_use": "tool_calls"}
# Fits on its line with the new entry: stays on one line.
SHORT = {"end_turn": "x", "max_tokens": "y"}


def label(response):
    # What precedes and follows the map on its line counts too.
    return {"end_turn": "ok", "max_tokens": "cut"}.get(response.stop_reason, "other")
