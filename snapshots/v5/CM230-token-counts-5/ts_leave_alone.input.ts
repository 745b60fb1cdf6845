import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// Haiku 4.5 keeps its tokenizer; a model not in sight cannot be judged; a request is not a count.
export const small = (content: string) =>
  client.messages.countTokens({ model: "claude-haiku-4-5", messages: [{ role: "user", content }] });
export const unseen = (model: string, content: string) =>
  client.messages.countTokens({ model, messages: [{ role: "user", content }] });
export const ask = (content: string) =>
  client.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, thinking: { type: "adaptive" }, messages: [{ role: "user", content }] });
