export function finish(msg: Anthropic.Message): string {
  if (msg.stop_reason === "max_tokens" || msg.stop_reason === "model_context_window_exceeded") {
    return "cut off";
  }
  if ((response.stop_reason !== 'max_tokens' && response.stop_reason !== 'model_context_window_exceeded') && ok) return "done";
  switch (msg.stop_reason) {
    case "end_turn":
      return "done";
    case "model_context_window_exceeded":
    case "max_tokens":
      return "cut off";
  }
  return "";
}

const LABELS = {
  end_turn: "done",
  max_tokens: "cut off",
  model_context_window_exceeded: "cut off",
};
