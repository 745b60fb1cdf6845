import anthropic


def phase(event):
    # Not a stop reason: literals alone are the only evidence, and one is unknown.
    match event.kind:
        case "end_turn":
            return "done"
        case "max_tokens":
            return "truncated"
        case "warmup":
            return "wait"
    return "done"


def outcome(response):
    # A stop reason compared with a foreign vocabulary: not Claude's dispatch.
    match response.stop_reason:
        case "end_turn":
            return "done"
        case "max_tokens":
            return "truncated"
        case "endTurn":
            return "done"
    return "done"
