import anthropic


def outcome(response):
    match response.stop_reason:
        case "end_turn":
            return "done"
        case "max_tokens" | "model_context_window_exceeded":
            return "truncated"
        case "pause" | "pause_turn":
            return "resume"
    return "done"


def label(response):
    reason = response.stop_reason
    if reason == "end_turn":
        return "done"
    elif reason in ("max_tokens", "model_context_window_exceeded"):
        return "cut"
    elif reason == "paused":
        return "resume"
    return "other"
