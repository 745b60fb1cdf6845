import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// The request says how it thinks, counts tokens, or may set thinking through a spread.
export const chosen = (content: string) =>
  client.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, thinking: { type: "disabled" }, messages: [{ role: "user", content }] });
export const shorthand = (content: string, thinking: Anthropic.ThinkingConfigParam) =>
  client.messages.create({ model: "claude-opus-5", max_tokens: 1024, thinking, messages: [{ role: "user", content }] });
export const count = (content: string) =>
  client.messages.countTokens({ model: "claude-opus-5", messages: [{ role: "user", content }] });
export const spread = (params: Partial<Anthropic.MessageCreateParamsNonStreaming>, content: string) =>
  client.messages.create({ ...params, model: "claude-opus-5", max_tokens: 1024, messages: [{ role: "user", content }] });

// Haiku 4.5 does not think unless asked; a model not in sight cannot be judged.
export const small = (content: string) =>
  client.messages.create({ model: "claude-haiku-4-5", max_tokens: 1024, messages: [{ role: "user", content }] });
export const unseen = (model: string, content: string) =>
  client.messages.create({ model, max_tokens: 1024, messages: [{ role: "user", content }] });
