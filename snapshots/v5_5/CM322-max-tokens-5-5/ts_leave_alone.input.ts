import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// Within the ceiling, an older model, or a model not in sight.
export const a = (content: string) =>
  client.messages.create({ model: "claude-opus-5-5", max_tokens: 128000, messages: [{ role: "user", content }] });
export const b = (content: string) =>
  client.messages.create({ model: "claude-haiku-4-5", max_tokens: 200000, messages: [{ role: "user", content }] });
export const c = (model: string, content: string) =>
  client.messages.create({ model, max_tokens: 200000, messages: [{ role: "user", content }] });
