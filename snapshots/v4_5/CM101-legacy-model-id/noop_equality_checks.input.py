def is_sonnet_3_7(model: str) -> bool:
    return model == "claude-3-7-sonnet-20250219"


def is_not_opus(model: str) -> bool:
    return "claude-3-opus-20240229" != model


def is_haiku(model: str) -> bool:
    return model in ("claude-3-haiku-20240307",)


def same(model: str) -> bool:
    return model is not None and model == "claude-3-5-sonnet-20241022"


def budget(model: str) -> int:
    match model:
        case "claude-3-opus-20240229" | "claude-3-5-haiku-20241022":
            return 4096
        case _:
            return 8192
