import Anthropic, { AnthropicError } from "@anthropic-ai/sdk";

// One client: the error class of the same prefix is no second one.
const client = new Anthropic({ apiKey: process.env.KEY });

export async function long() {
  if (!process.env.KEY) throw new AnthropicError("no key");
  return client.messages.create({ model: "claude-opus-5-5", max_tokens: 40000, messages: [] });
}
