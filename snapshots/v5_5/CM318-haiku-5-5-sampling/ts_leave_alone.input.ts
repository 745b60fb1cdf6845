import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// Not Haiku 5.5, or a model not in sight: the earlier sets and CM211 decide.
export const a = (content: string) =>
  client.messages.create({ model: "claude-haiku-4-5", max_tokens: 256, temperature: 0.2, messages: [{ role: "user", content }] });
export const b = (model: string, content: string) =>
  client.messages.create({ model, max_tokens: 256, temperature: 0.2, messages: [{ role: "user", content }] });
