import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function loop(messages: Anthropic.Beta.BetaMessageParam[]) {
  while (true) {
    const response = await client.beta.messages.create({
      model: "claude-opus-5-5",
      max_tokens: 8192,
      messages,
      compaction: { type: "summarize" },
      betas: ["compact-2026-09-04"],
    });
    if (response.stop_reason === "end_turn") {
      return response;
    } else if (response.stop_reason === "tool_use") {
      messages = runTools(messages, response);
    } else {
      throw new Error(String(response.stop_reason));
    }
  }
}

export function kind(response: Anthropic.Beta.BetaMessage): string {
  switch (response.stop_reason) {
    case "end_turn":
    case "max_tokens":
      return "done";
    default:
      return "other";
  }
}

export function finished(stopReason: string): boolean {
  if (stopReason !== "end_turn") throw new Error(stopReason);
  return true;
}

function runTools(messages: Anthropic.Beta.BetaMessageParam[], response: Anthropic.Beta.BetaMessage) {
  return messages;
}
