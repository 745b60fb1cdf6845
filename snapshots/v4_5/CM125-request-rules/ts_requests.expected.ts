import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const OUTPUT_CAP = 100_000;

export const ask = (content: string) =>
  client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 64_000,
    temperature: 0.2,
    messages: [{ role: "user", content }],
  });

// The cap is held in a const: reported, not changed; the budget is not below it.
export const think = (content: string) =>
  client.messages.stream({ model: "claude-opus-4-5", max_tokens: OUTPUT_CAP, thinking: { type: "enabled", budget_tokens: 120000 }, messages: [{ role: "user", content }] });
