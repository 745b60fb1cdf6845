import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// Accepted as it is.
export const a = (content: string) =>
  client.messages.create({ model: "claude-haiku-5-5", max_tokens: 1024, thinking: { type: "disabled" }, messages: [{ role: "user", content }] });
export const b = (content: string) =>
  client.messages.create({ model: "claude-sonnet-5-5", max_tokens: 1024, thinking: { type: "adaptive" }, messages: [{ role: "user", content }] });
// An older model: the earlier sets' business.
export const c = (content: string) =>
  client.messages.create({ model: "claude-opus-4-1", max_tokens: 1024, thinking: { type: "enabled", budget_tokens: 1024 }, messages: [{ role: "user", content }] });
// Reported: a 400 that no rewrite fixes, or a model not in sight.
export const d = (content: string) =>
  client.messages.create({ model: "claude-sonnet-5-5", max_tokens: 1024, output_config: { effort: "max" }, thinking: { type: "disabled" }, messages: [{ role: "user", content }] });
export const e = (content: string) =>
  client.messages.create({ model: "claude-opus-5-5", max_tokens: 1024, thinking: { type: "between_tools" }, messages: [{ role: "user", content }] });
export const f = (model: string, content: string) =>
  client.messages.create({ model, max_tokens: 1024, thinking: { type: "enabled", budget_tokens: 1024 }, messages: [{ role: "user", content }] });
