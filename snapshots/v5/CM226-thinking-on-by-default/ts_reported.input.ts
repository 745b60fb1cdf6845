import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const MODEL = "claude-opus-5";

export const ask = (content: string) =>
  client.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, messages: [{ role: "user", content }] });

export const plan = (content: string) =>
  client.messages.stream({
    model: MODEL,
    max_tokens: 4096,
    messages: [{ role: "user", content }],
  });
