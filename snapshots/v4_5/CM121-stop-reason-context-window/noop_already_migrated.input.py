def truncated(message) -> bool:
    return message.stop_reason in ("max_tokens", "model_context_window_exceeded")
