import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const SONNET = "claude-sonnet-5-5";

export const plan = (content: string) =>
  client.messages.create({
    model: "claude-opus-5-5",
    max_tokens: 4096,
    thinking: { type: "enabled", budget_tokens: 2048 },
    messages: [{ role: "user", content }],
  });

export const quick = (content: string) =>
  client.messages.create({
    model: "claude-opus-5-5",
    max_tokens: 1024,
    thinking: { type: "disabled" },
    messages: [{ role: "user", content }],
  });

export const fast = (content: string) =>
  client.messages.create({ model: SONNET, max_tokens: 1024, thinking: { type: "disabled" }, messages: [{ role: "user", content }] });
