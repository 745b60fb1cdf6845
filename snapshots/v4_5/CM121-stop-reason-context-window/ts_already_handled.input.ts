if (msg.stop_reason === "max_tokens" || msg.stop_reason === "model_context_window_exceeded") retry();
