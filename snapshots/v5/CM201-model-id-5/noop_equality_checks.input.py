def is_opus_4_7(model_name: str) -> bool:
    return model_name == "claude-opus-4-7"
