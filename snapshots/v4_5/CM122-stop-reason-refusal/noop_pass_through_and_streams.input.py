def to_bridge(stop_reason):
    if stop_reason == "end_turn": return "endTurn"
    elif stop_reason == "tool_use": return "toolUse"
    else: return stop_reason


def relay(events):
    for ev in events:
        r = ev.delta.stop_reason
        if r == "end_turn":
            out = "stop"
        elif r == "max_tokens":
            out = "length"
        else:
            out = r
        yield out


def watch(stream):
    for event in stream:
        if event.delta.stop_reason == "end_turn":
            log("done")
        elif event.delta.stop_reason == "max_tokens":
            log("cut")
        else:
            raise ValueError(event.delta.stop_reason)


def pick(primary, fallback):
    if primary.stop_reason == "end_turn":
        return primary
    elif fallback.stop_reason == "end_turn":
        return fallback
    elif primary.stop_reason == "max_tokens":
        return None
    raise RuntimeError("no answer")


def mixed(response, debug):
    if response.stop_reason == "end_turn":
        return response
    elif debug:
        dump(response)
    elif response.stop_reason == "tool_use":
        return run_tools(response)
    raise RuntimeError("unexpected")
