export function finish(msg: Anthropic.Message): string {
  if (msg.stop_reason === "max_tokens") {
    return "cut off";
  }
  if (response.stop_reason !== 'max_tokens' && ok) return "done";
  switch (msg.stop_reason) {
    case "end_turn":
      return "done";
    case "max_tokens":
      return "cut off";
  }
  return "";
}

const LABELS = {
  end_turn: "done",
  max_tokens: "cut off",
};
