import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
export default (content) =>
  client.messages.create({ model: "claude-opus-4-6-20260205", max_tokens: 1024, messages: [{ role: "user", content }] });
