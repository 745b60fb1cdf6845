import anthropic


def outcome(response):
    match response.stop_reason:
        case "end_turn":
            return "done"
        case "max_tokens":
            return "truncated"
        case "pause" | "pause_turn":
            return "resume"
    return "done"


def label(response):
    reason = response.stop_reason
    if reason == "end_turn":
        return "done"
    elif reason == "max_tokens":
        return "cut"
    elif reason == "paused":
        return "resume"
    return "other"
