FINISH_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "tool_use": "tool_calls",
}
ONE_LINE = {"end_turn": "stop", "max_tokens": "length"}


def finish_reason(message) -> str:
    return FINISH_REASONS.get(message.stop_reason, "stop")
