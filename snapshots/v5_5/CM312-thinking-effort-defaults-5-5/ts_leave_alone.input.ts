import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// Effort and thinking chosen; a count; spread params; an older model; a model not in sight.
export const a = (content: string) =>
  client.messages.create({ model: "claude-opus-5-5", max_tokens: 1024, output_config: { effort: "high" }, thinking: { type: "adaptive" }, messages: [{ role: "user", content }] });
export const b = (content: string) =>
  client.messages.countTokens({ model: "claude-opus-5-5", messages: [{ role: "user", content }] });
export const c = (params: Anthropic.MessageCreateParams) =>
  client.messages.create({ model: "claude-opus-5-5", max_tokens: 1024, ...params });
export const d = (content: string) =>
  client.messages.create({ model: "claude-opus-4-1", max_tokens: 1024, messages: [{ role: "user", content }] });
export const e = (model: string, content: string) =>
  client.messages.create({ model, max_tokens: 1024, messages: [{ role: "user", content }] });
