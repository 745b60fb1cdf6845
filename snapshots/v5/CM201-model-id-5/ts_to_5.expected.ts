import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
export const ask = (content: string) =>
  client.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, messages: [{ role: "user", content }] });
const opus = process.env.OPUS_MODEL ?? "claude-opus-5";
const haiku = "claude-haiku-4-5"; // Haiku 4.5 has no successor in this set
