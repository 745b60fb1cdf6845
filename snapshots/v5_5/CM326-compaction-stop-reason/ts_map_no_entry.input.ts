import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

const NEXT: Record<string, string> = { end_turn: "done", "tool_use": "runTools", max_tokens: "continue" };

export async function step(messages: Anthropic.Beta.BetaMessageParam[]) {
  const response = await client.beta.messages.create({
    model: "claude-opus-5-5", max_tokens: 8192, messages, compaction: { type: "summarize" },
  });
  return NEXT[response.stop_reason ?? ""] ?? "fail";
}
