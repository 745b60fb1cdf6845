import enum


class Finish(enum.Enum):
    DONE = "done"
    TRUNCATED = "truncated"
    TOOL = "tool"


STOP_TO_FINISH = {
    "end_turn": Finish.DONE,
    "max_tokens": Finish.TRUNCATED,
    "tool_use": Finish.TOOL,
}
FINISH_TO_STOP = {Finish.DONE: "end_turn", Finish.TRUNCATED: "max_tokens", Finish.TOOL: "tool_use"}


def to_app(reason: str) -> Finish:
    if reason == "end_turn":
        return Finish.DONE
    elif reason == "max_tokens":
        return Finish.TRUNCATED
    elif reason == "refusal":
        raise RuntimeError("Claude declined this request (stop_reason 'refusal'); see the response's stop_details")
    return Finish.TOOL


def to_anthropic(finish: Finish) -> str:
    if finish == Finish.DONE:
        return "end_turn"
    elif finish == Finish.TRUNCATED:
        return "max_tokens"
    return "tool_use"
