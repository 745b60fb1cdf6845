import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export const long = (content: string) =>
  client.messages.create({ model: "claude-haiku-5-5", max_tokens: 128_000, messages: [{ role: "user", content }] });
