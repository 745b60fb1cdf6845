import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

const NEXT: Record<string, string> = { end_turn: "done", tool_use: "runTools", compaction: "resend" };
// The other way round (OpenAI's finish reasons as keys): not a stop-reason map.
const FROM_OPENAI = { stop: "end_turn", length: "max_tokens" };

export async function step(messages: Anthropic.Beta.BetaMessageParam[]) {
  const response = await client.beta.messages.create({
    model: "claude-opus-5-5", max_tokens: 8192, messages, compaction: { type: "summarize" },
  });
  return NEXT[response.stop_reason ?? ""] ?? FROM_OPENAI.stop;
}
