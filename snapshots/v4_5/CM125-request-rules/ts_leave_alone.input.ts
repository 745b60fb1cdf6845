import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// Settings passed through, or a model not in sight: the pair is reported, not removed.
export const passed = (content: string, opts: { temperature: number; topP: number }) =>
  client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, temperature: opts.temperature, top_p: opts.topP, messages: [{ role: "user", content }] });
export const unseen = (model: string, content: string) =>
  client.messages.create({ model, max_tokens: 1024, temperature: 0.2, top_p: 0.9, messages: [{ role: "user", content }] });

// Within the ceiling, one sampling parameter, a budget below max_tokens: nothing to do.
export const fine = (content: string) =>
  client.messages.create({ model: "claude-haiku-4-5", max_tokens: 64000, temperature: 0.2, thinking: { type: "enabled", budget_tokens: 16000 }, messages: [{ role: "user", content }] });

// A model this set does not know is newer: its ceiling is not this set's to apply.
export const newer = (content: string) =>
  client.messages.create({ model: "claude-opus-5", max_tokens: 128000, messages: [{ role: "user", content }] });

// Another provider's request is not a messages call.
export const other = (openai: { chat: { completions: { create: (o: object) => unknown } } }) =>
  openai.chat.completions.create({ model: "gpt-4o", max_tokens: 200000, temperature: 0.2, top_p: 0.9 });
