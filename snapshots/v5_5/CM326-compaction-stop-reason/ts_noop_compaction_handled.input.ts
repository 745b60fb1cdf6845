import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function loop(messages: Anthropic.Beta.BetaMessageParam[]): Promise<unknown> {
  const response = await client.beta.messages.create({
    model: "claude-opus-5-5", max_tokens: 8192, messages, compaction: { type: "summarize" },
  });
  if (response.stop_reason === "end_turn") {
    return response;
  } else if (response.stop_reason === "compaction") {
    return loop([{ role: "assistant", content: [response.content[0]] }, ...messages.slice(-1)]);
  }
  switch (response.stop_reason) {
    case "compaction":
    case "tool_use":
      return null;
  }
  // Not stop reasons: OpenAI's finish reasons, another field.
  const choice = { finish_reason: "stop" };
  if (choice.finish_reason === "stop" || choice.finish_reason === "length") return choice;
  throw new Error(String(response.stop_reason));
}
