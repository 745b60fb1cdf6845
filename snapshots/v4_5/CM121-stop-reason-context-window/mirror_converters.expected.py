import enum


class Finish(enum.Enum):
    DONE = "done"
    TRUNCATED = "truncated"
    TOOL = "tool"


STOP_TO_FINISH = {
    "end_turn": Finish.DONE,
    "max_tokens": Finish.TRUNCATED,
    "model_context_window_exceeded": Finish.TRUNCATED,
    "tool_use": Finish.TOOL,
}
FINISH_TO_STOP = {Finish.DONE: "end_turn", Finish.TRUNCATED: "max_tokens", Finish.TOOL: "tool_use"}


def to_app(reason: str) -> Finish:
    if reason == "end_turn":
        return Finish.DONE
    elif reason in ("max_tokens", "model_context_window_exceeded"):
        return Finish.TRUNCATED
    return Finish.TOOL


def to_anthropic(finish: Finish) -> str:
    if finish == Finish.DONE:
        return "end_turn"
    elif finish == Finish.TRUNCATED:
        return "max_tokens"
    return "tool_use"
