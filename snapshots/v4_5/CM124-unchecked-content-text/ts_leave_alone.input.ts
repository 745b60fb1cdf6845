import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// The stop reason is read (as a property, or destructured) before the text.
export async function checked(content: string): Promise<string> {
  const response = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content }] });
  if (response.stop_reason !== "end_turn") throw new Error(`stopped: ${response.stop_reason}`);
  return response.content[0].text;
}

export async function destructured(content: string): Promise<string> {
  const message = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content }] });
  const { stop_reason } = message;
  if (stop_reason === "refusal") return "";
  return message.content[0].text;
}

// Not a response created here: a parameter, and a stream's final message read elsewhere.
export const passed = (response: Anthropic.Message) => response.content[0].text;
export function outer(response: Anthropic.Message) {
  const inner = () => response.content[0].text;
  return inner;
}
