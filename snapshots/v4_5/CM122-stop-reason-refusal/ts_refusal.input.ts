import Anthropic from "@anthropic-ai/sdk";

export async function chat(client: Anthropic, messages: Anthropic.MessageParam[]) {
  while (true) {
    const response = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages });
    if (response.stop_reason === "end_turn") {
      return response.content;
    } else if (response.stop_reason === "tool_use") {
      messages.push(await runTools(response));
    } else {
      throw new Error(`unexpected stop reason: ${response.stop_reason}`);
    }
  }
}

export function label(message: Anthropic.Message): string {
  switch (message.stop_reason) {
    case 'end_turn':
      return "done";
    case 'max_tokens':
      return message.content.map((b) => b.type).join();
    default:
      return "tool";
  }
}

export function toOpenAI(stopReason: string): string {
  if (stopReason === "end_turn") return "stop";
  else if (stopReason === "max_tokens") return "length";
  else if (stopReason === "tool_use") return "tool_calls";
  else throw new GatewayError(stopReason);
}

function finishFor(message) {
  const reason = message.stop_reason;
  let finish;
  switch (reason) {
    case "end_turn":
      finish = "stop";
      break;
    case "max_tokens":
      finish = "length";
      break;
  }
  return finish;
}

const FINISH = {
  end_turn: "stop",
  max_tokens: "length",
  tool_use: "tool_calls",
};
