import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
// An app's own setting of that name, in no request: the stop reason cannot happen here.
export const settings = { compaction: false };

export async function plain(messages) {
  const response = await client.messages.create({ model: "claude-opus-5-5", max_tokens: 1024, messages });
  if (response.stop_reason === "end_turn") return 1;
  else if (response.stop_reason === "tool_use") return 2;
  return 3;
}
