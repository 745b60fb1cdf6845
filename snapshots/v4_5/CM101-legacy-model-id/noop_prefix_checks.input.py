def max_output(model: str) -> int:
    if model.startswith("claude-3-5"):
        return 8192
    if model.startswith(("claude-3-opus", "claude-3-haiku")):
        return 4096
    if "claude-3-7-sonnet" in model:
        return 64000
    return 64000
