// An OpenAI-compatible proxy: grouped labels map together.
export function finishReason(message) {
  switch (message.stop_reason) {
    case "end_turn":
    case "stop_sequence":
      return "stop";
    case "max_tokens":
      return "length";
    case "tool_use":
      return "tool_calls";
    case "refusal":
      return "content_filter";
    default:
      return null;
  }
}

export async function run(client, params) {
  const message = await client.messages.create(params);
  const reason = message.stop_reason;
  if (reason == "end_turn") {
    return message;
  } else if (reason == "tool_use") {
    return runTools(message);
  } else if (reason == "refusal") {
    throw new Error("Claude declined this request (stop_reason 'refusal'); see the response's stop_details");
  }
}
