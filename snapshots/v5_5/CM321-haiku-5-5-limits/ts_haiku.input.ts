import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const HAIKU = "claude-haiku-5-5";

export const count = (content: string) =>
  client.messages.countTokens({ model: HAIKU, messages: [{ role: "user", content }] });
export const tag = (content: string) =>
  client.messages.create({ model: HAIKU, max_tokens: 256, service_tier: "auto", messages: [{ role: "user", content }] });
// Room enough, or another model.
export const long = (content: string) =>
  client.messages.create({ model: HAIKU, max_tokens: 8192, messages: [{ role: "user", content }] });
export const other = (content: string) =>
  client.messages.create({ model: "claude-sonnet-5-5", max_tokens: 256, messages: [{ role: "user", content }] });
